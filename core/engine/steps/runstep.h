// SPDX-License-Identifier: GPL-3.0-or-later
// RunStep: runs a program (argv, env overlay, cwd) with line streaming and a named progress parser; resumable (runs
// again in the same directory).
#pragma once

#include "core/engine/step.h"

namespace dlstack::engine {

class RunStep final : public Step
{
public:
    explicit RunStep(plan::Step step) : m_step(std::move(step)) {}
    bool resumable() const override;
    std::optional<support::Error> perform(StepContext &context) override;

private:
    plan::Step m_step;
};

} // namespace dlstack::engine
