#include "ui/filter/editors/listvalueeditor.h"

#include "ui/filter/definition/ruleedits.h"
#include "ui/filter/editors/flowlayout.h"
#include "ui/filter/editors/valuesuggestions.h"
#include "ui/filter/rows/searchlistpopup.h"

#include <QApplication>
#include <QClipboard>
#include <QCompleter>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStringListModel>
#include <QToolButton>

namespace swb {

namespace {

// One value of the list, with a button that removes it.
QWidget* makeChip(const QString& text, int height, QWidget* parent, const std::function<void()>& remove)
{
    auto* chip = new QFrame(parent);
    chip->setObjectName(QStringLiteral("valueChip"));
    chip->setStyleSheet(QStringLiteral("#valueChip { background: palette(alternate-base); border: 1px solid "
                                       "palette(mid); border-radius: %1px; }")
                            .arg(height / 2 - 1));
    chip->setFixedHeight(height);
    auto* layout = new QHBoxLayout(chip);
    layout->setContentsMargins(8, 0, 2, 0);
    layout->setSpacing(2);
    auto* label = new QLabel(text, chip);
    label->setTextFormat(Qt::PlainText);
    label->setMaximumWidth(220);
    label->setText(label->fontMetrics().elidedText(text, Qt::ElideMiddle, 220));
    label->setToolTip(text);
    auto* close = new QToolButton(chip);
    close->setAutoRaise(true);
    close->setText(QStringLiteral("✕"));
    close->setFocusPolicy(Qt::NoFocus);
    close->setToolTip(ListValueEditor::tr("Remove %1").arg(text));
    close->setFixedSize(height - 4, height - 4);
    layout->addWidget(label);
    layout->addWidget(close);
    QObject::connect(close, &QToolButton::clicked, chip, remove);
    return chip;
}

} // namespace

ListValueEditor::ListValueEditor(ValueType type, const ValueEditorContext& context, QWidget* parent)
    : ValueEditor(parent)
    , m_type(type)
    , m_context(context)
    , m_area(new QWidget)
    , m_input(new QLineEdit)
    , m_choose(new QToolButton)
    , m_completionModel(new QStringListModel(this))
{
    m_flow = new FlowLayout(m_area, 4);
    m_input->setPlaceholderText(type == ValueType::Segment ? tr("Add segment…") : tr("Add values…"));
    m_input->setToolTip(tr("Type a value and press Enter, or paste several separated by commas or new lines."));
    m_input->setMinimumWidth(120);
    m_input->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_input->installEventFilter(this);
    m_completer = new QCompleter(m_completionModel, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_input->setCompleter(m_completer);
    m_flow->addWidget(m_input);

    m_choose->setText(QStringLiteral("▾"));
    m_choose->setToolTip(type == ValueType::Segment ? tr("Choose from the saved segments")
                                                    : tr("Choose from the values in the data"));
    m_choose->setFocusPolicy(Qt::NoFocus);
    m_popup = new SearchListPopup(SearchListPopup::Mode::CheckMany, this);
    m_popup->setEmptyText(type == ValueType::Segment ? tr("No saved segments match.") : tr("No values match."));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_area, 1);
    layout->addWidget(m_choose, 0, Qt::AlignTop);
    setFocusProxy(m_input);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    connect(m_choose, &QToolButton::clicked, this, &ListValueEditor::openChooser);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, [this](const QString& text) {
        addItems({text});
        m_input->clear();
    });
    connect(m_input, &QLineEdit::editingFinished, this, &ListValueEditor::commitInput);
    connect(m_input, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char(';')) || text.contains(QLatin1Char('\t')))
            commitInput();
    });
    connect(m_popup, &SearchListPopup::checkedChanged, this, [this](const QString& key, bool checked) {
        QJsonArray items = m_items;
        const QJsonValue item = parseItem(key, m_type);
        if (checked && !items.contains(item))
            items.append(item);
        for (qsizetype i = items.size() - 1; !checked && i >= 0; --i) {
            if (itemText(items.at(i), m_type) == key)
                items.removeAt(i);
        }
        setItems(items, true); // one undo step for a round of ticking
    });
    if (m_context.suggestions) {
        connect(m_context.suggestions, &ValueSuggestions::valuesReady, this, [this](const QString& key) {
            if (key != m_context.suggestionKey)
                return;
            m_completionModel->setStringList(suggestions());
            if (m_popup->isVisible())
                fillChooser();
        });
        m_completionModel->setStringList(suggestions());
    }
}

QStringList ListValueEditor::suggestions() const
{
    return m_context.suggestions ? m_context.suggestions->values(m_context.suggestionKey) : QStringList();
}

QJsonValue ListValueEditor::value() const
{
    return m_items.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(m_items);
}

void ListValueEditor::setValue(const QJsonValue& value)
{
    QJsonArray items;
    for (const QJsonValue& item : RuleEdits::operands(value))
        items.append(item);
    if (items == m_items)
        return;
    m_items = items;
    rebuildChips();
}

QWidget* ListValueEditor::focusTarget()
{
    return m_input;
}

QStringList ListValueEditor::itemTexts() const
{
    QStringList texts;
    for (const QJsonValue& item : m_items)
        texts << itemText(item, m_type);
    return texts;
}

void ListValueEditor::addItems(const QStringList& texts)
{
    QJsonArray items = m_items;
    for (const QString& text : texts) {
        const QJsonValue item = parseItem(text.trimmed(), m_type);
        if (!RuleEdits::isBlank(item) && !items.contains(item))
            items.append(item);
    }
    setItems(items, false);
}

void ListValueEditor::removeItem(int index)
{
    if (index < 0 || index >= m_items.size())
        return;
    QJsonArray items = m_items;
    items.removeAt(index);
    setItems(items, false);
    m_input->setFocus();
}

void ListValueEditor::setItems(const QJsonArray& items, bool typing)
{
    if (items == m_items)
        return;
    m_items = items;
    rebuildChips();
    emit valueEdited(value(), typing);
}

void ListValueEditor::commitInput()
{
    const QStringList texts = RuleEdits::splitPasted(m_input->text());
    m_input->clear();
    if (!texts.isEmpty())
        addItems(texts);
}

void ListValueEditor::rebuildChips()
{
    for (QWidget* chip : std::as_const(m_chips)) {
        m_flow->removeWidget(chip);
        chip->deleteLater();
    }
    m_chips.clear();
    const int height = m_input->sizeHint().height();
    const QStringList texts = itemTexts();
    for (int i = 0; i < texts.size(); ++i) {
        QWidget* chip = makeChip(texts.at(i), height, m_area, [this, i] { removeItem(i); });
        m_flow->insertWidget(i, chip);
        m_chips << chip;
    }
    m_choose->setFixedHeight(height);
    updateGeometry();
}

int ListValueEditor::heightForWidth(int width) const
{
    return m_flow->heightForWidth(std::max(0, width - m_choose->sizeHint().width() - 2));
}

void ListValueEditor::openChooser()
{
    fillChooser();
    m_popup->popup(this);
}

void ListValueEditor::fillChooser()
{
    QList<SearchListPopup::Entry> entries;
    const QStringList chosen = itemTexts();
    QStringList values = suggestions();
    for (const QString& text : chosen) {
        if (!values.contains(text))
            values.prepend(text);
    }
    const QLocale locale;
    for (const QString& text : std::as_const(values)) {
        const qint64 count = m_context.suggestions ? m_context.suggestions->count(m_context.suggestionKey, text) : -1;
        //: A value to choose and how many rows hold it, e.g. "WHITE HEART (12)"
        const QString label = count < 0 ? text : tr("%1 (%2)").arg(text, locale.toString(count));
        const QString toolTip = count < 0 ? QString() : tr("%Ln row(s) hold this value", nullptr, int(count));
        entries.append({label, text, toolTip, false, chosen.contains(text)});
    }
    m_popup->setEntries(entries);
}

bool ListValueEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Paste)) {
            const QStringList texts = RuleEdits::splitPasted(QApplication::clipboard()->text());
            if (texts.size() > 1) {
                addItems(texts);
                return true;
            }
        } else if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !m_input->text().isEmpty()) {
            commitInput();
            return true;
        } else if (key->key() == Qt::Key_Backspace && m_input->text().isEmpty() && !m_items.isEmpty()) {
            removeItem(int(m_items.size()) - 1);
            return true;
        } else if (key->key() == Qt::Key_Down && key->modifiers() & Qt::AltModifier) {
            openChooser();
            return true;
        }
    }
    return ValueEditor::eventFilter(watched, event);
}

} // namespace swb
