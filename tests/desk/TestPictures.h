// Pictures the desk's file tests send and decode: a plain PNG of one colour, and a PNG of a few KB whose
// header claims 20000 × 20000 pixels (a "decompression bomb"); and the process's peak memory, to show
// that such a picture was refused without being decoded.
#pragma once

#include <QByteArray>
#include <QColor>

namespace handoff::test {

QByteArray pngBytes(int width, int height, const QColor &colour);
// A valid PNG whose IHDR says 20000 × 20000 RGBA (1.6 GB once decoded), with one row of data.
QByteArray bombPng();
// VmHWM of this process in KiB (-1 when unknown); resetPeakMemory() sets it back to the current VmRSS.
qint64 peakMemoryKiB();
bool resetPeakMemory();

} // namespace handoff::test
