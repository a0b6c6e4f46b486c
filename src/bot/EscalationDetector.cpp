// EscalationDetector: the word lists and rules of docs/bot.md, "Escalation". Keep the two in step.
#include "bot/EscalationDetector.h"

#include "bot/PhraseMatcher.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace handoff::bot {

namespace {

bool inList(const QString &token, const QStringList &words)
{
    for (const QString &w : words)
        if (PhraseMatcher::similar(token, w))
            return true;
    return false;
}

// Who the visitor may ask for.
const QStringList kPeople { QStringLiteral("person"), QStringLiteral("human"), QStringLiteral("agent"),
    QStringLiteral("agents"), QStringLiteral("someone"), QStringLiteral("somebody"), QStringLiteral("representative"),
    QStringLiteral("rep"), QStringLiteral("operator"), QStringLiteral("staff"), QStringLiteral("people"),
    QStringLiteral("support"), QStringLiteral("employee"), QStringLiteral("advisor"), QStringLiteral("adviser"),
    QStringLiteral("humans"), QStringLiteral("team"), QStringLiteral("service"), QStringLiteral("manager"),
    QStringLiteral("supervisor"), QStringLiteral("anyone"), QStringLiteral("anybody") };
// Words that may stand between the request and the person ("a real", "your customer").
const QStringList kBetween { QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("the"), QStringLiteral("some"),
    QStringLiteral("real"), QStringLiteral("live"), QStringLiteral("actual"), QStringLiteral("human"),
    QStringLiteral("your"), QStringLiteral("customer"), QStringLiteral("one"), QStringLiteral("of"),
    QStringLiteral("proper"), QStringLiteral("right"), QStringLiteral("service"), QStringLiteral("support"),
    QStringLiteral("please"), QStringLiteral("now") };
// Words that, right before those, make it a request.
const QStringList kRequest { QStringLiteral("talk"), QStringLiteral("speak"), QStringLiteral("chat"),
    QStringLiteral("connect"), QStringLiteral("transfer"), QStringLiteral("want"), QStringLiteral("need"),
    QStringLiteral("get"), QStringLiteral("give"), QStringLiteral("reach"), QStringLiteral("contact"),
    QStringLiteral("request"), QStringLiteral("me"), QStringLiteral("through"), QStringLiteral("like"),
    QStringLiteral("prefer"), QStringLiteral("with"), QStringLiteral("to"), QStringLiteral("escalate"),
    QStringLiteral("forward"), QStringLiteral("pass") };
// "to"/"with" count only after a verb of talking or moving ("go to the agent" is not a request).
const QStringList kTalk { QStringLiteral("talk"), QStringLiteral("speak"), QStringLiteral("chat"), QStringLiteral("me"),
    QStringLiteral("through"), QStringLiteral("connect"), QStringLiteral("transfer"), QStringLiteral("forward"),
    QStringLiteral("escalate"), QStringLiteral("talking"), QStringLiteral("speaking"), QStringLiteral("it") };
const QStringList kNegation { QStringLiteral("dont"), QStringLiteral("not"), QStringLiteral("never"),
    QStringLiteral("no"), QStringLiteral("doesnt"), QStringLiteral("without") };
// Said on their own (with "please", "now", "a", "real", "live"), these ask for a person.
const QStringList kAlone { QStringLiteral("human"), QStringLiteral("agent"), QStringLiteral("representative"),
    QStringLiteral("operator"), QStringLiteral("person"), QStringLiteral("someone"), QStringLiteral("rep"),
    QStringLiteral("humans") };
const QStringList kAloneFiller { QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("please"),
    QStringLiteral("pls"), QStringLiteral("now"), QStringLiteral("real"), QStringLiteral("live"),
    QStringLiteral("actual"), QStringLiteral("customer"), QStringLiteral("service"), QStringLiteral("i"),
    QStringLiteral("want"), QStringLiteral("need"), QStringLiteral("the"), QStringLiteral("talk"), QStringLiteral("to"),
    QStringLiteral("speak") };

// Two-word phrases that name a person wherever they stand.
bool namesAPerson(const QStringList &t, int i)
{
    if (i + 1 >= t.size())
        return false;
    const QString &a = t[i];
    const QString &b = t[i + 1];
    const bool qualifier = a == QLatin1String("real") || a == QLatin1String("live") || a == QLatin1String("actual")
        || PhraseMatcher::similar(a, QStringLiteral("human"));
    const bool noun = PhraseMatcher::similar(b, QStringLiteral("person"))
        || PhraseMatcher::similar(b, QStringLiteral("human")) || PhraseMatcher::similar(b, QStringLiteral("agent"))
        || PhraseMatcher::similar(b, QStringLiteral("being")) || b == QLatin1String("people")
        || b == QLatin1String("operator") || b == QLatin1String("someone");
    return qualifier && noun && !(a == b);
}

// "talk to my account manager", "speak with the store manager": a talking verb and "to"/"with" up to
// three words before a person word. Words that start another clause ("about", "you") break it.
// Returns the index of the talking verb, or -1.
int talksToNamedPerson(const QStringList &t, int i)
{
    static const QStringList talking { QStringLiteral("talk"), QStringLiteral("speak"), QStringLiteral("chat"),
        QStringLiteral("talking"), QStringLiteral("speaking") };
    static const QStringList breaks { QStringLiteral("you"), QStringLiteral("about"), QStringLiteral("regarding"),
        QStringLiteral("concerning"), QStringLiteral("for"), QStringLiteral("because"), QStringLiteral("and"),
        QStringLiteral("but"), QStringLiteral("or") };
    static const QStringList weak { QStringLiteral("support"), QStringLiteral("service"), QStringLiteral("team"),
        QStringLiteral("people") };
    if (weak.contains(t[i]))
        return -1;
    for (int k = i - 1; k >= std::max(1, i - 4); --k) {
        if (breaks.contains(t[k]))
            return -1;
        if ((t[k] == QLatin1String("to") || t[k] == QLatin1String("with")) && inList(t[k - 1], talking))
            return k - 1;
    }
    return -1;
}


// The other languages the router ships, by their language code. Their sentences are not parsed as English
// ones are: a message asks for a person when it holds a word for a person and a word of asking (to speak, to
// want, to be put through) with no negation shortly before either, or is only a person word with fillers
// ("Mensch bitte"). Accents may be left out ("mochte", "alguem"); longer words allow a typo.
struct LanguageWords {
    QStringList people;
    QStringList request;
    QStringList negation;
    QStringList alone;
    QStringList aloneFiller;
    QSet<QString> negative; // frustration words, 2 points each
};

// Accents are often left out on a keyboard without them: "mochte" is "möchte", "alguem" "alguém".
QString withoutAccents(const QString &word)
{
    QString out;
    for (const QChar c : word.normalized(QString::NormalizationForm_D))
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    return out;
}

// A word list with each word also without its accents, so a message is compared once per word.
QStringList words(const char *list)
{
    QStringList out = QString::fromUtf8(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype i = 0, n = out.size(); i < n; ++i) {
        const QString bare = withoutAccents(out[i]);
        if (bare != out[i])
            out.append(bare);
    }
    return out;
}

QSet<QString> wordSet(const char *list)
{
    const QStringList w = words(list);
    return QSet<QString>(w.cbegin(), w.cend());
}

const LanguageWords *wordsFor(const QString &language)
{
    static const QHash<QString, LanguageWords> all {
        { QStringLiteral("de"),
            { words("mensch menschen mitarbeiter mitarbeiterin mitarbeitern person personen berater beraterin "
                    "kundenberater kundenberaterin jemand jemandem jemanden sachbearbeiter sachbearbeiterin "
                    "kundendienst kundenservice servicemitarbeiter"),
                words("sprechen reden verbinden verbunden verbinde chatten schreiben möchte möchten will wollen "
                      "brauche bräuchte hätte weiterleiten durchstellen"),
                words("nicht kein keine keinen keinem nie niemals ohne"),
                words("mensch mitarbeiter mitarbeiterin berater beraterin kundenberater sachbearbeiter"),
                words("bitte ein einen eine echter echten echte richtigen richtiger jetzt sofort ich will möchte "
                      "brauche mit zu einem einer"),
                wordSet("nutzlos lächerlich wütend schrecklich dumm blöd bescheuert scheiße scheisse mist "
                        "katastrophe unverschämt frechheit ärgerlich verärgert furchtbar inakzeptabel idiot "
                        "idiotisch sinnlos betrug sauer") } },
        { QStringLiteral("fr"),
            { words("humain humaine humains conseiller conseillère conseillers agent agents opérateur opératrice "
                    "personne quelquun employé employée interlocuteur"),
                words("parler discuter veux voudrais aimerais jaimerais souhaite souhaiterais besoin passer "
                      "mettre transférer contacter joindre"),
                words("ne pas jamais sans non"),
                words("humain conseiller conseillère agent opérateur opératrice"),
                words("un une vrai vraie sil plait plaît svp maintenant je veux voudrais à a avec parler"),
                wordSet("inutile ridicule nul nulle énervé énervée fâché fâchée furieux furieuse horrible "
                        "terrible stupide débile idiot inacceptable scandaleux honteux arnaque merde marre "
                        "lamentable") } },
        { QStringLiteral("es"),
            { words("persona humano humana agente asesor asesora operador operadora alguien representante "
                    "empleado empleada"),
                words("hablar quiero quisiera necesito comunicar comunicarme pasar pásame pasame contactar "
                      "transferir transfiéreme conectar conectarme gustaría"),
                words("no nunca sin"),
                words("humano agente asesor asesora operador operadora persona representante"),
                words("un una por favor ya real ahora quiero con hablar necesito"),
                wordSet("inútil ridículo enfadado enfadada enojado enojada furioso furiosa horrible terrible "
                        "estúpido idiota inaceptable vergüenza estafa basura harto harta molesto molesta "
                        "indignante pésimo") } },
        { QStringLiteral("pt"),
            { words("pessoa humano humana atendente agente operador operadora alguém representante funcionário "
                    "funcionária consultor consultora"),
                words("falar quero queria gostaria preciso conversar passar transferir contatar conectar "
                      "chamar"),
                words("não nunca sem"),
                words("humano humana atendente agente operador operadora pessoa representante"),
                words("um uma por favor agora real de verdade quero com falar preciso"),
                wordSet("inútil ridículo irritado irritada furioso furiosa horrível péssimo péssima terrível "
                        "estúpido idiota inaceitável vergonha absurdo lixo droga raiva") } },
        { QStringLiteral("nl"),
            { words("mens mensen medewerker medewerkster medewerkers persoon iemand adviseur adviseuse "
                    "klantenservice operator agent"),
                words("spreken praten chatten wil wilt willen graag verbinden doorverbinden verbind nodig "
                      "contact"),
                words("niet geen nooit zonder"),
                words("mens medewerker medewerkster persoon adviseur"),
                words("een echte echt alstublieft alsjeblieft graag nu ik wil met spreken"),
                wordSet("nutteloos belachelijk boos woedend verschrikkelijk vreselijk dom stom idioot "
                        "onacceptabel schandalig waardeloos oplichting zinloos geïrriteerd kut") } },
    };
    static const QRegularExpression separator(QStringLiteral("[-_]"));
    const QString code = language.trimmed().toLower().section(separator, 0, 0); // "pt_BR" -> pt
    const auto it = all.constFind(code);
    return it == all.cend() ? nullptr : &it.value();
}

// `token` is a message word and `bare` the same without accents.
bool inWords(const QString &token, const QString &bare, const QStringList &list)
{
    for (const QString &w : list)
        if (PhraseMatcher::similar(token, w) || (bare != token && PhraseMatcher::similar(bare, w)))
            return true;
    return false;
}

bool asksInLanguage(const QStringList &t, const LanguageWords &w)
{
    QStringList bare;
    bare.reserve(t.size());
    for (const QString &token : t)
        bare.append(withoutAccents(token));
    bool onlyAlone = true;
    bool hasAlone = false;
    for (int i = 0; i < t.size(); ++i) {
        if (inWords(t[i], bare[i], w.alone))
            hasAlone = true;
        else if (!inWords(t[i], bare[i], w.aloneFiller))
            onlyAlone = false;
    }
    if (onlyAlone && hasAlone)
        return true;
    auto negatedBefore = [&](int i) {
        for (int k = std::max(0, i - 3); k < i; ++k)
            if (w.negation.contains(t[k]) || w.negation.contains(bare[k]))
                return true;
        return false;
    };
    int person = -1;
    int request = -1;
    for (int i = 0; i < t.size(); ++i) {
        if (person < 0 && inWords(t[i], bare[i], w.people))
            person = i;
        else if (request < 0 && inWords(t[i], bare[i], w.request))
            request = i;
    }
    return person >= 0 && request >= 0 && !negatedBefore(person) && !negatedBefore(request);
}

} // namespace

bool EscalationDetector::asksForPerson(const QString &text, const QString &language)
{
    if (asksForPerson(text))
        return true;
    const LanguageWords *w = wordsFor(language);
    return w && asksInLanguage(PhraseMatcher::tokens(text), *w);
}

int EscalationDetector::frustrationScore(const QString &text, const QString &language)
{
    int score = frustrationScore(text);
    const LanguageWords *w = wordsFor(language);
    if (!w)
        return score;
    const QStringList tokens = PhraseMatcher::tokens(text);
    QSet<QString> seen;
    for (int i = 0; i < tokens.size(); ++i) {
        const QString &token = tokens[i];
        if (!w->negative.contains(token) || seen.contains(token))
            continue;
        if (i > 0 && w->negation.contains(tokens[i - 1])) // "nicht schlecht", "pas terrible"
            continue;
        seen.insert(token);
        score += 2;
    }
    return score;
}

bool EscalationDetector::asksForPerson(const QString &text)
{
    const QStringList t = PhraseMatcher::tokens(text);
    if (t.isEmpty())
        return false;
    auto negatedBefore = [&](int i) {
        for (int k = std::max(0, i - 4); k < i; ++k)
            if (kNegation.contains(t[k]))
                return true;
        return false;
    };

    // "human please", "representative", "a real person now"
    bool onlyAlone = true;
    bool hasAlone = false;
    for (const QString &w : t) {
        if (inList(w, kAlone))
            hasAlone = true;
        else if (!kAloneFiller.contains(w))
            onlyAlone = false;
    }
    if (onlyAlone && hasAlone)
        return true;

    for (int i = 0; i < t.size(); ++i) {
        if (namesAPerson(t, i) && !negatedBefore(i))
            return true;
        if (!inList(t[i], kPeople))
            continue;
        const bool weakTarget = t[i] == QLatin1String("support") || t[i] == QLatin1String("service")
            || t[i] == QLatin1String("team") || t[i] == QLatin1String("people");
        // "anyone there?", "is somebody there" — the message ends on it.
        static const QStringList someone { QStringLiteral("anyone"), QStringLiteral("anybody"),
            QStringLiteral("someone"), QStringLiteral("somebody") };
        if (someone.contains(t[i]) && i + 2 == t.size() && t[i + 1] == QLatin1String("there"))
            return true;
        // Walk back over "a real", "your customer" to the word that makes it a request.
        int k = i - 1;
        while (k >= 0 && kBetween.contains(t[k]) && !inList(t[k], kRequest))
            --k;
        // "is there a person I can talk to", "is there anyone"
        if (k > 0 && !weakTarget && t[k] == QLatin1String("there")
            && (t[k - 1] == QLatin1String("is") || t[k - 1] == QLatin1String("isnt")) && !negatedBefore(k - 1))
            return true;
        if (k < 0 || !inList(t[k], kRequest) || negatedBefore(k)) {
            const int verb = talksToNamedPerson(t, i);
            if (verb >= 0 && !negatedBefore(verb))
                return true;
            continue;
        }
        // "support"/"service"/"team" are only a person when one talks or is connected to them.
        const QString &req = t[k];
        if (req == QLatin1String("to") || req == QLatin1String("with")) {
            if (k == 0 || !inList(t[k - 1], kTalk))
                continue;
        } else if (weakTarget && !inList(req, kTalk)) {
            continue;
        }
        return true;
    }
    return false;
}

int EscalationDetector::frustrationScore(const QString &text)
{
    static const QSet<QString> negative {
        QStringLiteral("useless"),
        QStringLiteral("ridiculous"),
        QStringLiteral("angry"),
        QStringLiteral("terrible"),
        QStringLiteral("wtf"),
        QStringLiteral("stupid"),
        QStringLiteral("awful"),
        QStringLiteral("horrible"),
        QStringLiteral("worst"),
        QStringLiteral("pathetic"),
        QStringLiteral("annoying"),
        QStringLiteral("annoyed"),
        QStringLiteral("frustrated"),
        QStringLiteral("frustrating"),
        QStringLiteral("hate"),
        QStringLiteral("rubbish"),
        QStringLiteral("garbage"),
        QStringLiteral("nonsense"),
        QStringLiteral("idiot"),
        QStringLiteral("idiotic"),
        QStringLiteral("dumb"),
        QStringLiteral("furious"),
        QStringLiteral("unacceptable"),
        QStringLiteral("disgusting"),
        QStringLiteral("sucks"),
        QStringLiteral("crap"),
        QStringLiteral("ffs"),
        QStringLiteral("outrageous"),
        QStringLiteral("scam"),
        QStringLiteral("pointless"),
        QStringLiteral("incompetent"),
    };
    int score = 0;
    const QStringList tokens = PhraseMatcher::tokens(text);
    QSet<QString> seen;
    for (int i = 0; i < tokens.size(); ++i) {
        const QString &w = tokens[i];
        if (!negative.contains(w) || seen.contains(w))
            continue;
        // "not bad"-style negation: "not useless", "isn't terrible"
        if (i > 0 && (tokens[i - 1] == QLatin1String("not") || tokens[i - 1].endsWith(QLatin1String("nt"))))
            continue;
        seen.insert(w);
        score += 2;
    }

    // Shouting: words of 3+ letters in capitals ("WHERE", not "I" or "OK"), either two of them making up
    // at least half the long words, or a whole message of 3+ words without a lower-case letter.
    static const QRegularExpression word(QStringLiteral("[^\\W\\d_]+"), QRegularExpression::UseUnicodePropertiesOption);
    int words = 0;
    int longWords = 0;
    int shouted = 0;
    bool anyLower = false;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const QString w = it.next().captured();
        ++words;
        if (w != w.toUpper())
            anyLower = true;
        if (w.size() < 3)
            continue;
        ++longWords;
        if (w == w.toUpper() && w != w.toLower())
            ++shouted;
    }
    if ((shouted >= 2 && shouted * 2 >= longWords) || (shouted >= 1 && !anyLower && words >= 3))
        score += 2;

    static const QRegularExpression repeated(QStringLiteral("!{2,}|\\?{3,}|[!?]*(\\?!|!\\?)[!?]*"));
    if (repeated.match(text).hasMatch())
        score += 1;
    return score;
}

} // namespace handoff::bot
