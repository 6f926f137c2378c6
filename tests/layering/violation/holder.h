// A widget that holds the workspace itself: what the layering check must refuse (tests/CMakeLists.txt).
#pragma once

#include "model/workspace.h"

class Holder
{
    std::unique_ptr<swb::Workspace> m_workspace;
};
