// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/export/ansibleexporter.h"

#include "core/support/atomicfile.h"
#include "core/support/urlredaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace dlstack::plan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AnsibleExporter)
};

// A YAML scalar that Ansible never templates: a JSON string (valid YAML in double quotes)
// tagged !unsafe, so a "{{" in a path stays two braces.
QString unsafeString(const QString &text)
{
    const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QStringLiteral("!unsafe ") + QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString oneLine(QString text)
{
    return text.replace(u'\n', u' ').replace(u'\r', u' ');
}

// The playbook. @NAME@, @PROGRAM@ and @PER_HOST@ are filled in; everything else is the same
// for every plan. Settings are read with default() so that inventory and -e values win
// (play vars would override the inventory).
constexpr char kPlaybook[] = R"yaml(# dlstack plan "@NAME@" for many hosts, as an Ansible playbook (docs/admins.md).
#   ansible-playbook -i inventory.ini site.yml
# Each host of the group dlstack_hosts:
#  1. gets dlstack (dlstack_copy_program) and an offline bundle (dlstack_bundle) when asked;
#  2. gets its plan: plan.json as it is, or (dlstack_plan_per_host) one it makes itself from
#     its own `dlstack detect --json` and selection.json: arch list, MAX_JOBS and compilers
#     of that host;
#  3. runs `dlstack install PLAN --yes --json`: "changed" only when a stage ran; a rerun
#     skips the finished stages and resumes a failed one (the prefix's journal);
#  4. sends back results/<host>/: plan.json, profile.json, install.json (the stages that
#     ran, the failed stage, its error and diagnosis), status.json (`dlstack status --json`)
#     and the failed stage's log.
# A host that is unreachable or fails does not stop the others; the last play prints one
# line per host and writes results/summary.txt; then a host whose install failed is marked failed.
#
# Settings, per host or group in the inventory, or with -e NAME=VALUE:
#   dlstack_program       the dlstack on the hosts (default below)
#   dlstack_copy_program  a dlstack binary on the controller to copy to each host and use
#   dlstack_bundle        an offline bundle directory on the controller (`dlstack bundle`),
#                         copied to dlstack_mirror on each host
#   dlstack_mirror        the mirror directory on the hosts (default: the plan's)
#   dlstack_plan          the plan file on the controller (default: plan.json here)
#   dlstack_plan_per_host plan on each host from its own detection (needs selection.json;
#                         default: when selection.json was exported and dlstack_plan is not set)
#   dlstack_prefix        with dlstack_plan_per_host: the install prefix on that host;
#                         a copied plan installs into its own prefix
#   dlstack_install       false: make and bring back the plans only, install nothing
#   dlstack_workdir       where the plan and results wait on a host (default PREFIX/.dlstack-ansible)
#   dlstack_results       where results come back on the controller (default results/ here)

- name: dlstack on each host
  hosts: dlstack_hosts
  gather_facts: false
  vars:
    _program_default: @PROGRAM@
    # A host given its own plan file (dlstack_plan) installs that plan.
    _per_host: "{{ dlstack_plan_per_host | default(@PER_HOST@ and dlstack_plan is not defined) | bool }}"
    _plan_file: "{{ dlstack_plan | default(playbook_dir + '/plan.json') }}"
    _plan: "{{ lookup('ansible.builtin.file', _plan_file) | from_json }}"
    _prefix: "{{ (dlstack_prefix | default(_plan.prefix)) if _per_host else _plan.prefix }}"
    _mirror: "{{ dlstack_mirror | default(_plan.mirror_dir | default('')) }}"
    _work: "{{ dlstack_workdir | default(_prefix + '/.dlstack-ansible') }}"
    _results: "{{ dlstack_results | default(playbook_dir + '/results') }}"
    _copy_program: "{{ dlstack_copy_program | default('') }}"
    _dlstack: "{{ (_work + '/dlstack') if _copy_program else (dlstack_program | default(_program_default)) }}"
    _install: "{{ dlstack_install | default(true) | bool }}"
  tasks:
    - name: Install the plan
      block:
        - name: Work directory
          ansible.builtin.file:
            path: "{{ _work }}"
            state: directory
            mode: "0700"
          changed_when: false # bookkeeping: "changed" means a stage ran

        - name: Copy dlstack
          ansible.builtin.copy:
            src: "{{ _copy_program }}"
            dest: "{{ _work }}/dlstack"
            mode: "0755"
          when: _copy_program | length > 0

        - name: The offline bundle needs a mirror directory
          ansible.builtin.assert:
            that: _mirror | length > 0
            fail_msg: "dlstack_bundle is set but there is no mirror directory: plan with --mirror DIR or set dlstack_mirror."
            quiet: true
          when: dlstack_bundle | default('') | length > 0

        - name: Copy the offline bundle
          ansible.builtin.copy:
            src: "{{ dlstack_bundle }}/"
            dest: "{{ _mirror }}/"
            mode: preserve
          when: dlstack_bundle | default('') | length > 0

        - name: Copy the plan
          ansible.builtin.copy:
            src: "{{ _plan_file }}"
            dest: "{{ _work }}/plan.json"
            mode: "0600"
          changed_when: false # bookkeeping: "changed" means a stage ran
          when: not _per_host

        - name: Copy the selection
          ansible.builtin.copy:
            src: "{{ playbook_dir }}/selection.json"
            dest: "{{ _work }}/selection.json"
            mode: "0600"
          changed_when: false # bookkeeping: "changed" means a stage ran
          when: _per_host

        - name: Detect the host
          ansible.builtin.command:
            argv: ["{{ _dlstack }}", "detect", "--json"]
          register: _detect
          changed_when: false
          when: _per_host

        - name: Keep the host's profile
          ansible.builtin.copy:
            content: "{{ _detect.stdout }}\n"
            dest: "{{ _work }}/profile.json"
            mode: "0600"
          changed_when: false
          when: _per_host

        - name: Plan for the host
          ansible.builtin.command:
            argv: "{{ [_dlstack, 'plan', '--profile', _work + '/profile.json', '--selection', _work + '/selection.json',
                       '--prefix', _prefix] + (['--mirror', _mirror] if _mirror else []) + ['-o', _work + '/plan.json'] }}"
          changed_when: false
          when: _per_host

        - name: Run dlstack install
          ansible.builtin.command:
            argv: ["{{ _dlstack }}", "install", "{{ _work }}/plan.json", "--yes", "--json"]
          register: _run
          # One JSON object on stdout (docs/cli.md); none when dlstack refused before running.
          changed_when: (_run.stdout | default('{}', true) | from_json).changed | default(false)
          failed_when: not ((_run.stdout | default('{}', true) | from_json).ok | default(false))
          when: _install

      rescue:
        - name: Note what failed
          ansible.builtin.set_fact:
            _failed_task: "{{ ansible_failed_task.name }}"
            _failed_message: "{{ ansible_failed_result.msg | default('') }} {{ ansible_failed_result.stderr | default('') | trim }}"

      always:
        - name: Read the install result
          ansible.builtin.set_fact:
            _result: "{{ _run.stdout | default('{}', true) | from_json }}"

        - name: Keep the install result
          ansible.builtin.copy:
            content: "{{ _result | to_nice_json }}\n"
            dest: "{{ _work }}/install.json"
            mode: "0600"
          changed_when: false
          failed_when: false
          when: _result | length > 0

        - name: Read the prefix's status
          ansible.builtin.command:
            argv: ["{{ _dlstack }}", "status", "--prefix", "{{ _prefix }}", "--json"]
          register: _status
          changed_when: false
          failed_when: false

        - name: Keep the status
          ansible.builtin.copy:
            content: "{{ _status.stdout }}\n"
            dest: "{{ _work }}/status.json"
            mode: "0600"
          changed_when: false
          failed_when: false
          when: _status.rc | default(1) == 0

        - name: Bring the results back
          ansible.builtin.fetch:
            src: "{{ _work }}/{{ item }}"
            dest: "{{ _results }}/{{ inventory_hostname }}/"
            flat: true
            fail_on_missing: false
          loop: [plan.json, profile.json, install.json, status.json]
          changed_when: false
          failed_when: false

        - name: Bring the failed stage's log back
          ansible.builtin.fetch:
            src: "{{ _result.log }}"
            dest: "{{ _results }}/{{ inventory_hostname }}/logs/"
            flat: true
            fail_on_missing: false
          changed_when: false
          failed_when: false
          when: _result.log is defined

        - name: One line for the summary
          ansible.builtin.set_fact:
            _dlstack_summary: >-
              {%- if _failed_task is defined and _result.failed_stage is defined -%}
              failed in stage {{ _result.failed_stage }}: {{ _result.error.summary | default('') }}
              {%- if _result.diagnosis is defined %} | cause: {{ _result.diagnosis.title }} [{{ _result.diagnosis.id }}]{% endif %}
              {%- if _result.log is defined %} | log: {{ _results }}/{{ inventory_hostname }}/logs/{{ _result.log | basename }}{% endif %}
              {%- elif _failed_task is defined -%}
              failed at "{{ _failed_task }}": {{ (_result.refused | default([]) | map(attribute='summary') | join('; ')) or _failed_message | trim }}
              {%- elif not _install -%}
              planned, not installed: {{ _results }}/{{ inventory_hostname }}/plan.json
              {%- elif _result.ran | default([]) | length > 0 -%}
              installed: ran {{ _result.ran | join(', ') }}{% if _result.skipped | default([]) %}; already done: {{ _result.skipped | join(', ') }}{% endif %}
              {%- else -%}
              up to date: every stage was already done ({{ _result.skipped | default([]) | join(', ') }})
              {%- endif -%}

- name: dlstack summary
  hosts: localhost
  connection: local
  gather_facts: false
  vars:
    _results: "{{ dlstack_results | default(playbook_dir + '/results') }}"
    _lines: >-
      {%- set out = [] -%}
      {%- for h in groups['dlstack_hosts'] | default([]) -%}
      {%- set _ = out.append(h ~ ': ' ~ (hostvars[h]['_dlstack_summary']
            | default('unreachable, or stopped before its first task (see the recap)'))) -%}
      {%- endfor -%}
      {{ out }}
  tasks:
    - name: The inventory lists hosts
      ansible.builtin.fail:
        msg: "The inventory lists no host in the group dlstack_hosts: add them to inventory.ini, one per line at its end (NAME ansible_host=ADDRESS ...)."
      when: groups['dlstack_hosts'] | default([]) | length == 0

    - name: Summary, one line per host
      ansible.builtin.debug:
        msg: "{{ _lines }}"

    - name: Results directory
      ansible.builtin.file:
        path: "{{ _results }}"
        state: directory
        mode: "0755"
      changed_when: false

    - name: Write results/summary.txt
      ansible.builtin.copy:
        content: "{{ _lines | join('\n') }}\n"
        dest: "{{ _results }}/summary.txt"
        mode: "0644"
      changed_when: false

# Only now, so that the summary above has every host: a host whose install failed is
# marked failed (ansible-playbook exits with 2; 4 when a host was unreachable).
- name: dlstack result per host
  hosts: dlstack_hosts
  gather_facts: false
  tasks:
    - name: The host failed
      ansible.builtin.fail:
        msg: "{{ _dlstack_summary }}"
      when: _failed_task is defined
)yaml";

// The group's settings come first and its host list last, so that hosts appended to the
// file (echo NAME ... >> inventory.ini) land in dlstack_hosts.
constexpr char kInventory[] =
    R"ini(# The hosts that get the dlstack plan "@NAME@" (docs/admins.md), one per line at the end
# of this file:
#   NAME ansible_host=ADDRESS [ansible_user=USER] [dlstack_prefix=/opt/dl] [...]
# Settings per host or group (site.yml lists them): dlstack_program, dlstack_copy_program,
# dlstack_bundle, dlstack_mirror, dlstack_plan, dlstack_plan_per_host, dlstack_prefix,
# dlstack_install, dlstack_workdir, dlstack_results.
# Then: ansible-playbook -i inventory.ini site.yml

[dlstack_hosts:vars]
ansible_python_interpreter=auto_silent

[dlstack_hosts]
# gpu01 ansible_host=gpu01.example.org
# gpu02 ansible_host=gpu02.example.org dlstack_prefix=/scratch/dl
# this-machine ansible_connection=local
)ini";

} // namespace

support::Result<QMap<QString, QByteArray>> exportAnsible(const Plan &plan, const AnsibleExport &options)
{
    const QByteArray json = QJsonDocument(plan.toJson()).toJson(QJsonDocument::Indented);
    const QString compact = QString::fromUtf8(QJsonDocument(plan.toJson()).toJson(QJsonDocument::Compact));
    if (support::redactUrls(compact) != compact) {
        return support::Error{Tr::tr("The plan holds a URL with a user name, password or query; the playbook would "
                                     "copy it to every host and into their results."),
                              support::redactUrls(compact).left(400),
                              Tr::tr("Keep the credential in the secret store (a download step's \"credential\") or "
                                     "use the bash export, which reads such URLs from the environment.")};
    }
    const QString name = oneLine(plan.name);
    QString playbook = QString::fromUtf8(kPlaybook);
    playbook.replace(QStringLiteral("@NAME@"), name)
        .replace(QStringLiteral("@PROGRAM@"), unsafeString(options.program))
        .replace(QStringLiteral("@PER_HOST@"), options.selection ? QStringLiteral("true") : QStringLiteral("false"));
    QMap<QString, QByteArray> files;
    files.insert(QStringLiteral("site.yml"), playbook.toUtf8());
    files.insert(QStringLiteral("inventory.ini"),
                 QString::fromUtf8(kInventory).replace(QStringLiteral("@NAME@"), name).toUtf8());
    files.insert(QStringLiteral("plan.json"), json);
    if (options.selection)
        files.insert(QStringLiteral("selection.json"),
                     QJsonDocument(*options.selection).toJson(QJsonDocument::Indented));
    return files;
}

std::optional<support::Error> writeAnsibleExport(const QString &dir, const QMap<QString, QByteArray> &files)
{
    if (!QDir().mkpath(dir))
        return support::Error{
            Tr::tr("The directory %1 cannot be made.").arg(dir), {}, Tr::tr("Choose a directory you can write to.")};
    for (auto it = files.begin(); it != files.end(); ++it) {
        if (auto error = support::writeFileAtomically(QDir(dir).filePath(it.key()), it.value()))
            return error;
    }
    return std::nullopt;
}

} // namespace dlstack::plan
