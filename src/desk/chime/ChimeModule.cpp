// The offer chime's sound effect, in a module the desk loads only when it sets up its notices after
// the first paint: QtMultimedia and what it links (PulseAudio, libsndfile and its codecs, a dozen
// libraries with some 3,500 symbol relocations) are then no part of the desk's start. The desk drives
// the QSoundEffect through its properties (source, volume, status) and its play() slot.
#include <QSoundEffect>

extern "C" Q_DECL_EXPORT QObject *handoff_desk_new_chime(QObject *parent)
{
    return new QSoundEffect(parent);
}
