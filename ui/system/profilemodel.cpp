// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/system/profilemodel.h"

#include <QBrush>
#include <QColor>

namespace dlstack::ui {

ProfileModel::ProfileModel(QObject *parent) : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Fact"), tr("Value"), tr("Source")});
}

QStandardItem *ProfileModel::section(const QString &title)
{
    auto *item = new QStandardItem(title);
    item->setEditable(false);
    QFont font = item->font();
    font.setBold(true);
    item->setFont(font);
    appendRow({item, new QStandardItem(), new QStandardItem()});
    return item;
}

void ProfileModel::add(QStandardItem *parent, const QString &fact, const QString &value, const QString &source,
                       State state)
{
    auto *factItem = new QStandardItem(fact);
    static const QColor colours[] = {QColor(0x2e, 0x9d, 0x4a), QColor(0xd9, 0x8c, 0x00), QColor(0xc6, 0x28, 0x28),
                                     QColor(0x6b, 0x7b, 0x8c)};
    const QColor colour = colours[static_cast<int>(state)];
    factItem->setData(colour, Qt::DecorationRole);
    factItem->setData(static_cast<int>(state), StateRole);
    auto *valueItem = new QStandardItem(value);
    valueItem->setToolTip(value);
    auto *sourceItem = new QStandardItem(source);
    sourceItem->setToolTip(source);
    for (QStandardItem *item : {factItem, valueItem, sourceItem})
        item->setEditable(false);
    parent->appendRow({factItem, valueItem, sourceItem});
}

void ProfileModel::setProfile(const probe::SystemProfile &p)
{
    removeRows(0, rowCount());
    QStandardItem *host = section(tr("Host"));
    add(host, tr("System"), p.host.osName.isEmpty() ? p.host.osId : p.host.osName, QStringLiteral("/etc/os-release"),
        State::Info);
    add(host, tr("Kernel"), p.host.kernel + (p.host.wsl ? tr(" (WSL)") : QString()), QStringLiteral("/proc"), State::Info);
    // An imported profile often lacks these: say so rather than showing zero.
    add(host, tr("CPU cores"), p.host.cpuCores > 0 ? QString::number(p.host.cpuCores) : tr("unknown"),
        QStringLiteral("/proc/cpuinfo"), State::Info);
    add(host, tr("Memory"),
        p.host.memoryMib > 0 ? tr("%1 GiB").arg(static_cast<double>(p.host.memoryMib) / 1024.0, 0, 'f', 1)
                             : tr("unknown"),
        QStringLiteral("/proc/meminfo"), State::Info);
    if (p.host.diskFreeMib >= 0)
        add(host, tr("Free disk"),
            tr("%1 GiB at %2").arg(static_cast<double>(p.host.diskFreeMib) / 1024.0, 0, 'f', 1).arg(p.host.diskPath),
            p.host.diskPath, p.host.diskFreeMib < 20 * 1024 ? State::Warning : State::Ok);
    for (const probe::Hazard &h : p.host.hazards)
        add(host, h.id, h.message, h.source, State::Problem);

    QStandardItem *gpus = section(tr("GPUs"));
    if (p.gpus.isEmpty())
        add(gpus, tr("GPU"), tr("No GPU found: only CPU builds are possible."), QString(), State::Warning);
    for (const probe::Gpu &g : p.gpus) {
        QString value = g.name;
        if (!g.computeCapability.isEmpty())
            value += tr(", compute capability %1").arg(g.computeCapability);
        if (!g.gfxTarget.isEmpty())
            value += QStringLiteral(", ") + g.gfxTarget;
        if (g.memoryMib > 0)
            value += tr(", %1 GiB").arg(static_cast<double>(g.memoryMib) / 1024.0, 0, 'f', 1);
        const State state = g.state.isEmpty() ? State::Ok : State::Problem;
        if (!g.state.isEmpty())
            value += QStringLiteral(" — ") + (g.state == u"driver_not_loaded" ? tr("driver not loaded") : tr("no driver"));
        add(gpus, g.pciBusId.isEmpty() ? g.vendor : g.pciBusId, value, g.source, state);
    }
    if (p.nvidiaDriver)
        add(gpus, tr("NVIDIA driver"),
            tr("%1, supports CUDA up to %2").arg(p.nvidiaDriver->version, p.nvidiaDriver->cudaVersion),
            p.nvidiaDriver->source, State::Ok);

    QStandardItem *cuda = section(tr("CUDA and ROCm"));
    if (p.cudaToolkits.isEmpty())
        add(cuda, tr("CUDA toolkit"), tr("none installed; prebuilt PyTorch wheels bring their own runtime"), QString(),
            State::Info);
    for (const probe::CudaToolkit &t : p.cudaToolkits)
        add(cuda, tr("CUDA %1").arg(t.version), t.path, t.source, State::Ok);
    for (const probe::Cudnn &c : p.cudnn)
        add(cuda, tr("cuDNN %1").arg(c.version), c.path, c.source, State::Ok);
    if (p.rocm)
        add(cuda, tr("ROCm %1").arg(p.rocm->version), p.rocm->path, p.rocm->source, State::Ok);

    QStandardItem *tools = section(tr("Compilers and tools"));
    for (const probe::Compiler &c : p.compilers)
        add(tools, c.kind + u' ' + c.version, c.path, c.source, State::Ok);
    for (auto it = p.tools.cbegin(); it != p.tools.cend(); ++it) {
        if (it.value())
            add(tools, it.key(), it.value()->version, it.value()->path, State::Ok);
        else
            add(tools, it.key(), tr("not installed"), QString(), State::Info);
    }

    QStandardItem *python = section(tr("Python"));
    for (const probe::PythonInterpreter &py : p.pythons)
        add(python, tr("Python %1").arg(py.version), py.path, py.source, State::Ok);
    for (const probe::CondaInstall &c : p.conda)
        add(python, c.flavour + u' ' + c.version, c.root, c.source, State::Ok);
    for (const probe::PythonEnv &e : p.pythonEnvs) {
        QString value = e.path;
        if (e.packages.contains(QStringLiteral("torch")))
            value += tr(" — torch %1").arg(e.packages.value(QStringLiteral("torch")));
        add(python, e.kind, value, e.source, State::Ok);
    }

    if (!p.problems.isEmpty()) {
        QStandardItem *problems = section(tr("Problems while detecting"));
        for (const probe::Problem &problem : p.problems)
            add(problems, problem.probe, problem.message, QString(), State::Warning);
    }
}

} // namespace dlstack::ui
