// SPDX-License-Identifier: GPL-2.0-or-later
#include "icalendartext.h"

#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
#    include <QStringDecoder>
#else
#    include <QTextCodec>
#endif

namespace Lectern::ICalendarText {
namespace {
bool isUtf8(const QByteArray &bytes, const QString &text)
{
    // Invalid sequences become U+FFFD; one that was not in the bytes means they were not UTF-8.
    return !text.contains(QChar::ReplacementCharacter) || bytes.contains("\xEF\xBF\xBD");
}

QString fromWindows1252(const QByteArray &bytes)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    QStringDecoder decoder("windows-1252");
    if (decoder.isValid()) {
        return decoder.decode(bytes);
    }
#else
    if (QTextCodec *codec = QTextCodec::codecForName("windows-1252")) {
        return codec->toUnicode(bytes);
    }
#endif
    return QString::fromLatin1(bytes);
}
} // namespace

Decoded decode(const QByteArray &withMark)
{
    const QByteArray bytes = withMark.startsWith("\xEF\xBB\xBF") ? withMark.mid(3) : withMark;
    Decoded decoded;
    decoded.text = QString::fromUtf8(bytes.constData(), int(bytes.size()));
    if (!isUtf8(bytes, decoded.text)) {
        decoded.text = fromWindows1252(bytes);
        decoded.windows1252 = true;
    }
    return decoded;
}

} // namespace Lectern::ICalendarText
