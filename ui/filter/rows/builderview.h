// The builder's tree of groups and rules in a scroll area, kept in step with the FilterDocument.
#pragma once

#include "ui/filter/definition/rulechecker.h"
#include "ui/filter/rows/buildercontext.h"

#include <QScrollArea>

namespace swb {

class GroupWidget;
class RuleWidget;

class BuilderView : public QScrollArea
{
    Q_OBJECT

public:
    explicit BuilderView(const BuilderContext* context, QWidget* parent = nullptr);
    ~BuilderView() override;

    // Shows the document's tree with the rules' states; then focuses `focus` when it names a node.
    void sync(const FilterGroup& root, const DefinitionCheck& check, const NodePath& focus = {},
              bool moveFocus = false);
    void refreshFields();

    GroupWidget* rootGroup() const { return m_root; }
    RuleWidget* ruleWidget(const NodePath& path) const;
    GroupWidget* groupWidget(const NodePath& path) const; // {} is the root
    // The rule or group that holds the keyboard focus, if any.
    std::optional<NodePath> focusedNode() const;
    // The group new rules go into: the focused group, the focused rule's group, else the root.
    NodePath currentGroup() const;
    void focusNode(const NodePath& path);
    // Calls `visit` with every rule widget.
    void forEachRule(const std::function<void(RuleWidget*)>& visit) const;

    // Wide enough for the rules of the top group and of a group nested in it, so that a narrow window takes
    // the room from the segments dock before the ends of the rows (mute, remove) scroll out of sight.
    QSize minimumSizeHint() const override;

private:
    void updateTabOrder();
    // Frames the rule row that holds the keyboard focus (and only that one).
    void markFocusedRow();

    const BuilderContext* m_context = nullptr;
    GroupWidget* m_root = nullptr;
};

} // namespace swb
