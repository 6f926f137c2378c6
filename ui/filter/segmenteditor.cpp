#include "ui/filter/segmenteditor.h"

#include "model/postgres/pgworkspace.h"

#include "model/filter/filtercompiler.h"
#include "model/filter/filterdescriber.h"
#include "model/jobs/segmentoperations.h"
#include "ui/filter/countpanel.h"
#include "ui/filter/definition/filterdocument.h"
#include "ui/filter/definitionpreview.h"
#include "ui/filter/editors/valuesuggestions.h"
#include "ui/filter/livecount.h"
#include "ui/filter/rows/builderview.h"
#include "ui/filter/rows/rulewidget.h"

#include <QLocale>
#include <QSplitter>
#include <QVBoxLayout>

namespace swb {

namespace {

// "−1,234": the rule takes 1,234 customers out of the count; "+56": it adds them (a rule of an "any" group).
QString funnelText(qint64 change, const QLocale& locale)
{
    if (change < 0)
        return QStringLiteral("−%1").arg(locale.toString(-change));
    if (change > 0)
        return QStringLiteral("+%1").arg(locale.toString(change));
    return QStringLiteral("±0");
}

} // namespace

SegmentEditor::SegmentEditor(QWidget* parent)
    : QWidget(parent)
    , m_document(new FilterDocument(this))
    , m_suggestions(new ValueSuggestions({}, this))
    , m_orderSuggestions(new ValueSuggestions({}, this))
    , m_liveCount(new LiveCount(this))
    , m_preview(new DefinitionPreview)
    , m_countPanel(new CountPanel(this)) // the page places it in its header (which re-parents it)
{
    m_countPanel->hide();
    m_context.document = m_document;
    m_context.suggestions = m_suggestions;
    m_context.orderSuggestions = m_orderSuggestions;
    m_view = new BuilderView(&m_context);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_document, &FilterDocument::changed, this, &SegmentEditor::documentChanged);
    connect(m_liveCount, &LiveCount::started, m_countPanel, &CountPanel::showCounting);
    connect(m_liveCount, &LiveCount::finished, this, &SegmentEditor::countFinished);
}

SegmentEditor::~SegmentEditor() = default;

void SegmentEditor::setSession(SegmentOperations* session)
{
    m_session = session;
    workspaceChanged();
}

void SegmentEditor::workspaceChanged()
{
    const bool open = m_session && m_session->isOpen();
    // The loader runs on a worker: a function of the workspace's path, no connection of this widget.
    m_suggestions->setLoader(open ? m_session->distinctValuesLoader() : ValueSuggestions::Loader());
    m_orderSuggestions->setCountedLoader(open ? m_session->orderValuesLoader() : ValueSuggestions::CountedLoader());
    m_liveCount->setWorkspacePath(open ? m_session->path() : QString());
    reread();
}

void SegmentEditor::setDefiningSegment(const QString& name)
{
    m_filterContext.definingSegment = name;
    refreshSegmentNames();
}

void SegmentEditor::refreshSegments()
{
    // The lookup of `@segment` rules reads the session's list as it is now.
    if (m_session && m_session->isOpen())
        m_filterContext.segments = m_session->filterContext().segments;
    refreshSegmentNames();
    documentChanged({});
}

void SegmentEditor::reload()
{
    reread();
    m_liveCount->reload();
}

void SegmentEditor::reread()
{
    const bool open = m_session && m_session->isOpen();
    const QString defining = m_filterContext.definingSegment;
    m_filterContext = open ? m_session->filterContext() : FilterContext();
    m_filterContext.definingSegment = defining;
    m_keyExpression = open ? m_session->keyExpression() : QString();
    // The SQL tab shows the statement the count runs: PostgreSQL's on a server.
    m_dialect = open && PgWorkspace::isUri(m_session->path()) ? SqlDialect::PostgreSQL : SqlDialect::SQLite;
    m_context.fields = m_filterContext.fields;
    m_context.orderFields = m_filterContext.orderFields;
    m_context.asOfDate = m_filterContext.asOfDate;
    m_context.offerSegments = open;
    m_suggestions->clear();
    m_orderSuggestions->clear();
    refreshSegmentNames();
    m_view->refreshFields();
    documentChanged({});
}

void SegmentEditor::refreshSegmentNames()
{
    const QStringList names
        = m_session && m_session->isOpen() ? m_session->names(m_filterContext.definingSegment) : QStringList();
    m_suggestions->setValues(FilterResolver::segmentField(), names);
}

void SegmentEditor::documentChanged(const NodePath& focus)
{
    m_check = RuleChecker::check(m_document->root(), m_filterContext);
    m_view->sync(m_document->root(), m_check, focus, true);
    updatePreview();
    emit checked();
    if (m_check.canCount()) {
        m_liveCount->request(FilterDefinition::toJsonText(m_check.countable));
        return;
    }
    m_liveCount->cancel();
    m_countPanel->showUnavailable(m_check.invalid > 0 ? tr("Fix the rule marked in red to see the count.")
                                                      : m_check.error);
    m_view->forEachRule([](RuleWidget* rule) { rule->setFunnel({}, {}); });
    emit countChanged(-1);
}

void SegmentEditor::countFinished(const LiveCountResult& result)
{
    if (!result.ok) {
        m_countPanel->showUnavailable(result.error);
        emit countChanged(-1);
        return;
    }
    // Two source texts, so that English reads right without a translation file.
    const int incomplete = m_check.incomplete;
    QString note = incomplete == 0 ? QString()
        : incomplete == 1          ? tr("%n incomplete rule left out", nullptr, incomplete)
                                   : tr("%n incomplete rules left out", nullptr, incomplete);
    if (note.isEmpty() && result.funnelLeftOut)
        note = tr("each rule's number is shown for at most %1 rules")
                   .arg(QLocale().toString(FilterEvaluator::maxFunnelRules));
    m_countPanel->showCount(result.count, result.total, note);
    const QLocale locale;
    m_view->forEachRule([&](RuleWidget* rule) {
        const auto step = result.steps.constFind(FilterTree::pathText(rule->path()));
        if (rule->state() != RuleState::Complete || step == result.steps.constEnd()) {
            rule->setFunnel({}, {});
            return;
        }
        rule->setFunnel(funnelText(step->change, locale),
                        tr("Without this rule the segment would have %1 customers; this rule alone matches %2.")
                            .arg(locale.toString(step->countWithout), locale.toString(step->matching)));
    });
    emit countChanged(result.count);
    if (m_session && m_session->isOpen())
        emit selectionChanged(Selection::definition(FilterDefinition::toJsonText(m_check.countable)));
}

void SegmentEditor::updatePreview()
{
    QString sentence;
    QString sql;
    QString note;
    if (m_check.incomplete == 1)
        note = tr("%n incomplete rule is left out until it is complete.", nullptr, m_check.incomplete);
    else if (m_check.incomplete > 1)
        note = tr("%n incomplete rules are left out until they are complete.", nullptr, m_check.incomplete);
    QString error;
    const auto resolved
        = m_check.canCount() ? FilterResolver::resolve(m_check.countable, m_filterContext, &error) : std::nullopt;
    if (resolved) {
        sentence = FilterDescriber::describe(*resolved);
        sql = FilterCompiler::countQueryText(FilterCompiler::compile(*resolved, m_keyExpression, m_dialect));
    } else {
        sentence
            = tr("The definition cannot be described yet. %1").arg(m_check.error.isEmpty() ? error : m_check.error);
    }
    m_preview->setContent(sentence, note, sql, m_document->toJsonText());
}

} // namespace swb
