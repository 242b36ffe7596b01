// SPDX-License-Identifier: GPL-3.0-or-later
// GitStep: clones into <to>.dlstack-part then renames, or fetches when <to> is a repository; checks out the ref and
// submodules.
#pragma once

#include "core/engine/step.h"

namespace dlstack::engine {

class GitStep final : public Step
{
public:
    explicit GitStep(plan::Step step) : m_step(std::move(step)) {}
    bool resumable() const override;
    std::optional<support::Error> perform(StepContext &context) override;

private:
    plan::Step m_step;
};

} // namespace dlstack::engine
