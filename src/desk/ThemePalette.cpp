#include "desk/ThemePalette.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPointer>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>
#include <memory>

namespace handoff {

namespace {

DeskSettings::Theme g_theme = DeskSettings::Theme::Light;

const TranscriptColours kLight {
    QColor(0xEE, 0xF0, 0xF3), QColor(0x1F, 0x23, 0x28), // visitor
    QColor(0xE3, 0xF2, 0xEF), QColor(0x14, 0x3D, 0x36), // bot
    QColor(0x25, 0x63, 0xEB), QColor(0xFF, 0xFF, 0xFF), // agent
    QColor(0xFF, 0xF6, 0xD5), QColor(0x4A, 0x3B, 0x00), QColor(0xE0, 0xB4, 0x29), // internal
    QColor(0x5F, 0x67, 0x70), // system
    QColor(0xFF, 0xF1, 0xE6), QColor(0xF0, 0x8C, 0x3A), QColor(0x7A, 0x3A, 0x06), // handoff
    QColor(0x6B, 0x72, 0x80), QColor(0xC6, 0x28, 0x28), // meta, failed
    QColor(0xD9, 0x2D, 0x20), QColor(0xFF, 0xFF, 0xFF), // badge
    QColor(0xC6, 0x28, 0x28), // urgent
    QColor(0x6E, 0x5A, 0x12), // internal placeholder
    QColor(0xDB, 0xE6, 0xFD), QColor(0x1E, 0x3A, 0x8A), QColor(0x25, 0x63, 0xEB), // queued
    QColor(0xFD, 0xEC, 0xEA), QColor(0x8A, 0x1C, 0x1C), // banner
    QColor(0xF3, 0xEE, 0xFC), QColor(0x3B, 0x1F, 0x6E), QColor(0x7C, 0x3A, 0xED), // consult
};

const TranscriptColours kDark {
    QColor(0x2D, 0x33, 0x3B),
    QColor(0xE6, 0xE8, 0xEB),
    QColor(0x1D, 0x3B, 0x36),
    QColor(0xCF, 0xEF, 0xE8),
    QColor(0x2F, 0x5F, 0xD0),
    QColor(0xFF, 0xFF, 0xFF),
    QColor(0x3D, 0x35, 0x14),
    QColor(0xF5, 0xE6, 0xB0),
    QColor(0xB8, 0x92, 0x1E),
    QColor(0xA0, 0xA8, 0xB2),
    QColor(0x3E, 0x2A, 0x1A),
    QColor(0xE0, 0x84, 0x3A),
    QColor(0xF6, 0xC9, 0xA4),
    QColor(0x9A, 0xA3, 0xAE),
    QColor(0xFF, 0x6B, 0x6B),
    QColor(0xE5, 0x48, 0x3C),
    QColor(0xFF, 0xFF, 0xFF),
    QColor(0xFF, 0x6B, 0x6B),
    QColor(0xD2, 0xC2, 0x8A),
    QColor(0x1E, 0x2A, 0x44),
    QColor(0xC7, 0xD7, 0xFE),
    QColor(0x5B, 0x8D, 0xEF),
    QColor(0x4A, 0x1F, 0x1F),
    QColor(0xFF, 0xD7, 0xD2),
    QColor(0x2A, 0x21, 0x40),
    QColor(0xE4, 0xD9, 0xFB),
    QColor(0x9F, 0x7A, 0xEA),
};

// The menu bar's and tool bars' extension ("»") button gets its icon when the bar is made, though it
// shows only when the bar runs out of room. Qt reads that icon from a PNG, and the first image read in
// the process sets up the image-format plugins: at the start, before the window's first frame, which
// shows no such button. This engine asks the style for the icon the first time it is needed.
class DeferredStandardIconEngine : public QIconEngine
{
public:
    DeferredStandardIconEngine(QStyle *style, QStyle::StandardPixmap which)
        : m_style(style)
        , m_which(which)
    { }
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return icon().pixmap(size, scale, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    bool isNull() override { return icon().isNull(); }
    QIconEngine *clone() const override { return new DeferredStandardIconEngine(*this); }

private:
    QIcon &icon()
    {
        if (!m_resolved) {
            m_resolved = true;
            // The proxy's base style, not deferred again; after a change of theme (a new style) the
            // application's.
            m_icon = m_style ? m_style->standardIcon(m_which) : QApplication::style()->standardIcon(m_which);
        }
        return m_icon;
    }
    QPointer<QStyle> m_style;
    QStyle::StandardPixmap m_which;
    bool m_resolved = false;
    QIcon m_icon;
};

// Fusion draws the outline of fields, check boxes, radio buttons and framed views a little darker
// than the window. On the dark window that is darker than the fields themselves, so they had no
// visible edge; these elements get the outline of a lighter window instead. Dialog buttons carry no
// icons: the theme's black ones vanish on the dark window, and the words say enough.
class DeskStyle : public QProxyStyle
{
public:
    DeskStyle()
        : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
    { }

    void drawPrimitive(
        PrimitiveElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const override
    {
        const bool outlined = element == PE_FrameLineEdit || element == PE_IndicatorCheckBox
            || element == PE_IndicatorRadioButton || element == PE_Frame || element == PE_FrameGroupBox;
        if (g_theme != DeskSettings::Theme::Dark || !outlined || !option) {
            QProxyStyle::drawPrimitive(element, option, painter, widget);
            return;
        }
        // Fusion's outline is the window colour darkened by 140 %: this one comes out at #4E5560.
        std::unique_ptr<QStyleOption> copy;
        if (const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option))
            copy = std::make_unique<QStyleOptionButton>(*button);
        else if (const auto *frame = qstyleoption_cast<const QStyleOptionFrame *>(option))
            copy = std::make_unique<QStyleOptionFrame>(*frame);
        else
            copy = std::make_unique<QStyleOption>(*option);
        copy->palette.setColor(QPalette::Window, QColor(0x6D, 0x77, 0x86));
        QProxyStyle::drawPrimitive(element, copy.get(), painter, widget);
    }

    int styleHint(
        StyleHint hint, const QStyleOption *option, const QWidget *widget, QStyleHintReturn *returnData) const override
    {
        if (hint == SH_DialogButtonBox_ButtonsHaveIcons)
            return 0;
        return QProxyStyle::styleHint(hint, option, widget, returnData);
    }

    QIcon standardIcon(StandardPixmap which, const QStyleOption *option, const QWidget *widget) const override
    {
        if ((which == SP_ToolBarHorizontalExtensionButton || which == SP_ToolBarVerticalExtensionButton) && !option)
            return QIcon(new DeferredStandardIconEngine(baseStyle(), which));
        return QProxyStyle::standardIcon(which, option, widget);
    }
};

} // namespace

QPalette ThemePalette::palette(DeskSettings::Theme theme)
{
    if (theme == DeskSettings::Theme::Light) {
        static QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
        QPalette p = fusion->standardPalette();
        p.setColor(QPalette::Window, QColor(0xF6, 0xF7, 0xF9));
        p.setColor(QPalette::Base, Qt::white);
        p.setColor(QPalette::AlternateBase, QColor(0xF0, 0xF2, 0xF5));
        p.setColor(QPalette::Highlight, QColor(0x25, 0x63, 0xEB));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::Link, QColor(0x1D, 0x4E, 0xD8));
        return p;
    }
    QPalette p;
    const QColor window(0x1E, 0x22, 0x27), base(0x16, 0x19, 0x1D), text(0xE6, 0xE8, 0xEB);
    const QColor button(0x2A, 0x2F, 0x36), disabled(0x6B, 0x72, 0x7D);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x22, 0x26, 0x2C));
    p.setColor(QPalette::ToolTipBase, button);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xFF, 0x6B, 0x6B));
    p.setColor(QPalette::Highlight, QColor(0x3B, 0x6F, 0xE0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7A, 0xA7, 0xFF));
    p.setColor(QPalette::Light, QColor(0x3A, 0x40, 0x48));
    p.setColor(QPalette::Midlight, QColor(0x30, 0x35, 0x3C));
    p.setColor(QPalette::Mid, QColor(0x26, 0x2A, 0x30));
    p.setColor(QPalette::Dark, QColor(0x12, 0x14, 0x17));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

void ThemePalette::apply(DeskSettings::Theme theme)
{
    g_theme = theme;
    QApplication::setStyle(new DeskStyle);
    QApplication::setPalette(palette(theme));
}

DeskSettings::Theme ThemePalette::current()
{
    return g_theme;
}

const TranscriptColours &ThemePalette::colours()
{
    return g_theme == DeskSettings::Theme::Dark ? kDark : kLight;
}

} // namespace handoff
