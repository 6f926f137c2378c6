// The editing core of the segment builder: the document, its check, the tree of widgets, the live count with the
// per-rule funnel and the preview, kept in step after every edit. The page around it opens and saves segments.
#pragma once

#include "model/filter/filterresolver.h"
#include "model/selection/selection.h"
#include "model/sqldialect.h"
#include "ui/filter/definition/rulechecker.h"
#include "ui/filter/rows/buildercontext.h"

#include <QWidget>

namespace swb {

class BuilderView;
class CountPanel;
class DefinitionPreview;
class FilterDocument;
class LiveCount;
struct LiveCountResult;
class SegmentOperations;
class ValueSuggestions;

class SegmentEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SegmentEditor(QWidget* parent = nullptr);
    ~SegmentEditor() override;

    // The open workspace's session (null: none): fields, as-of date and saved segments as it last read them, and
    // the distinct values of a field from its jobs; counts run on the count service's own connections.
    void setSession(SegmentOperations* session);
    // Another workspace was opened (or closed): takes the session's fields, as-of date and segments, counts anew.
    void workspaceChanged();
    // The same workspace was read again (an import, a new as-of date): the same, and the count's data is reloaded.
    void reload();
    // The saved segment being edited, so that a reference to itself is refused as a cycle ("" for none).
    void setDefiningSegment(const QString& name);
    // Saved segments were added, renamed or removed: segment names for `@segment`, check and count again.
    void refreshSegments();

    FilterDocument* document() const { return m_document; }
    const DefinitionCheck& check() const { return m_check; }
    BuilderView* view() const { return m_view; }
    DefinitionPreview* preview() const { return m_preview; }
    CountPanel* countPanel() const { return m_countPanel; } // placed by the page
    LiveCount* liveCount() const { return m_liveCount; }
    ValueSuggestions* suggestions() const { return m_suggestions; }
    ValueSuggestions* orderSuggestions() const { return m_orderSuggestions; }

signals:
    void countChanged(qint64 count);
    void selectionChanged(const swb::Selection& selection);
    void checked(); // after every change, once check() is up to date

private:
    void documentChanged(const NodePath& focus);
    void countFinished(const LiveCountResult& result);
    void updatePreview();
    void refreshSegmentNames();
    void reread(); // catalog, as-of date, segment names; not the data

    SegmentOperations* m_session = nullptr;
    FilterContext m_filterContext;
    QString m_keyExpression;
    SqlDialect m_dialect = SqlDialect::SQLite;
    BuilderContext m_context;
    DefinitionCheck m_check;

    FilterDocument* m_document = nullptr;
    ValueSuggestions* m_suggestions = nullptr;
    ValueSuggestions* m_orderSuggestions = nullptr; // values of order columns, with their counts
    LiveCount* m_liveCount = nullptr;
    BuilderView* m_view = nullptr;
    DefinitionPreview* m_preview = nullptr;
    CountPanel* m_countPanel = nullptr;
};

} // namespace swb
