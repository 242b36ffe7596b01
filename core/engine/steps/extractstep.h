// SPDX-License-Identifier: GPL-3.0-or-later
// ExtractStep: unpacks an archive into <to>.dlstack-part, then renames it to <to>; not resumable (a torn attempt is
// undone first).
#pragma once

#include "core/engine/step.h"

namespace dlstack::engine {

class ExtractStep final : public Step
{
public:
    explicit ExtractStep(plan::Step step) : m_step(std::move(step)) {}
    bool resumable() const override;
    std::optional<support::Error> perform(StepContext &context) override;

private:
    plan::Step m_step;
};

} // namespace dlstack::engine
