#include "ui/filter/definitionpreview.h"

#include <QFontDatabase>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace swb {

namespace {

QPlainTextEdit* codeView()
{
    auto* view = new QPlainTextEdit;
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    view->setFrameShape(QFrame::NoFrame);
    return view;
}

} // namespace

DefinitionPreview::DefinitionPreview(QWidget* parent)
    : QTabWidget(parent)
    , m_sentence(new QLabel)
    , m_note(new QLabel)
    , m_sql(codeView())
    , m_json(codeView())
{
    setDocumentMode(true);
    m_sentence->setWordWrap(true);
    m_sentence->setTextFormat(Qt::PlainText);
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sentence->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    QFont font = m_sentence->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    m_sentence->setFont(font);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    auto* words = new QWidget;
    auto* layout = new QVBoxLayout(words);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addWidget(m_sentence);
    layout->addWidget(m_note);
    layout->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setWidget(words);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    //: Tab: the definition described in plain language
    addTab(scroll, tr("In words"));
    addTab(m_sql, tr("SQL"));
    addTab(m_json, tr("JSON"));
    setTabToolTip(1, tr("The condition the workspace runs (values are bound, shown after the query)."));
    setTabToolTip(2, tr("The definition as it is saved; the same text works with swb count --filter."));
}

void DefinitionPreview::setContent(const QString& sentence, const QString& note, const QString& sql,
                                   const QByteArray& json)
{
    m_sentence->setText(sentence);
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    m_sql->setPlainText(sql);
    m_json->setPlainText(QString::fromUtf8(QJsonDocument::fromJson(json).toJson(QJsonDocument::Indented)));
}

QString DefinitionPreview::sentence() const
{
    return m_sentence->text();
}

QString DefinitionPreview::sql() const
{
    return m_sql->toPlainText();
}

QString DefinitionPreview::json() const
{
    return m_json->toPlainText();
}

} // namespace swb
