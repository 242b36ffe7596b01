<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Amounts</name>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>about 1 minute</source>
        <translation>etwa 1 Minute</translation>
    </message>
    <message>
        <source>about %1 minutes</source>
        <translation>etwa %1 Minuten</translation>
    </message>
    <message>
        <source>about %1 hours</source>
        <translation>etwa %1 Stunden</translation>
    </message>
</context>
<context>
    <name>AnsibleExporter</name>
    <message>
        <source>The plan holds a URL with a user name, password or query; the playbook would copy it to every host and into their results.</source>
        <translation>Der Plan enthält eine URL mit Benutzername, Passwort oder Query; das Playbook würde sie auf jeden Host und in dessen Ergebnisse kopieren.</translation>
    </message>
    <message>
        <source>Keep the credential in the secret store (a download step&apos;s &quot;credential&quot;) or use the bash export, which reads such URLs from the environment.</source>
        <translation>Legen Sie die Zugangsdaten im Schlüsselbund ab (das „credential“ eines Download-Schritts) oder verwenden Sie den Bash-Export, der solche URLs aus der Umgebung liest.</translation>
    </message>
</context>
<context>
    <name>ApexRecipe</name>
    <message>
        <source>Apex is checked out at commit 26bba57 (https://github.com/NVIDIA/apex/pull/1918), not a tag: every Apex tag up to 25.09 compiles one CUDA extension for compute_70, which CUDA %1 dropped; from that commit on all extensions follow TORCH_CUDA_ARCH_LIST.</source>
        <translation>Apex wird bei Commit 26bba57 (https://github.com/NVIDIA/apex/pull/1918) ausgecheckt, nicht bei einem Tag: Jedes Apex-Tag bis 25.09 kompiliert eine CUDA-Erweiterung für compute_70, das CUDA %1 nicht mehr unterstützt; ab diesem Commit folgen alle Erweiterungen TORCH_CUDA_ARCH_LIST.</translation>
    </message>
</context>
<context>
    <name>AppLog</name>
    <message>
        <source>The log %1 is not opened: %2 is already being written.</source>
        <translation>Das Log %1 wird nicht geöffnet: %2 wird bereits geschrieben.</translation>
    </message>
    <message>
        <source>The log file %1 cannot be written (%2); continuing without it.</source>
        <translation>Die Logdatei %1 kann nicht geschrieben werden (%2); es geht ohne sie weiter.</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Check that the directory exists, is writable and has free space.</source>
        <translation>Prüfen Sie, ob das Verzeichnis existiert, beschreibbar ist und freien Speicher hat.</translation>
    </message>
</context>
<context>
    <name>BackendRule</name>
    <message>
        <source>This machine has an AMD GPU (%1): pick a ROCm build (--rocm), or a CPU-only build (--cpu).</source>
        <translation>Dieser Rechner hat eine AMD-GPU (%1): Wählen Sie einen ROCm-Build (--rocm) oder einen reinen CPU-Build (--cpu).</translation>
    </message>
    <message>
        <source>Pick a CPU-only build (--cpu), or run the check on the machine with the GPU.</source>
        <translation>Wählen Sie einen reinen CPU-Build (--cpu) oder führen Sie die Prüfung auf dem Rechner mit der GPU aus.</translation>
    </message>
    <message>
        <source>No NVIDIA GPU was found, so a CUDA build of PyTorch has nothing to run on.</source>
        <translation>Es wurde keine NVIDIA-GPU gefunden, daher kann ein CUDA-Build von PyTorch auf nichts laufen.</translation>
    </message>
    <message>
        <source>No AMD GPU was found, so a ROCm build of PyTorch has nothing to run on.</source>
        <translation>Es wurde keine AMD-GPU gefunden, daher kann ein ROCm-Build von PyTorch auf nichts laufen.</translation>
    </message>
    <message>
        <source>Pick a CPU-only build (--cpu).</source>
        <translation>Wählen Sie einen reinen CPU-Build (--cpu).</translation>
    </message>
    <message>
        <source>This machine has an NVIDIA GPU: pick a CUDA build.</source>
        <translation>Dieser Rechner hat eine NVIDIA-GPU: Wählen Sie einen CUDA-Build.</translation>
    </message>
    <message>
        <source>A CPU-only build will not use the %1 in this machine.</source>
        <translation>Ein reiner CPU-Build nutzt die %1 in diesem Rechner nicht.</translation>
    </message>
    <message>
        <source>`dlstack recommend` lists GPU builds that run on it.</source>
        <translation>`dlstack recommend` listet GPU-Builds auf, die darauf laufen.</translation>
    </message>
    <message>
        <source>Under WSL the NVIDIA driver comes from Windows; do not install a Linux NVIDIA driver inside WSL.</source>
        <translation>Unter WSL kommt der NVIDIA-Treiber von Windows; installieren Sie keinen Linux-NVIDIA-Treiber innerhalb von WSL.</translation>
    </message>
    <message>
        <source>Update the driver on the Windows side when a newer one is needed.</source>
        <translation>Aktualisieren Sie den Treiber auf der Windows-Seite, wenn ein neuerer benötigt wird.</translation>
    </message>
    <message>
        <source>The image is planned without a GPU; the container gets one from its host.</source>
        <translation>Das Image wird ohne GPU geplant; der Container erhält eine von seinem Host.</translation>
    </message>
    <message>
        <source>The plan is for the machine of the profile; it is not installed here.</source>
        <translation>Der Plan gilt für den Rechner des Profils; er wird nicht hier installiert.</translation>
    </message>
    <message>
        <source>No NVIDIA GPU is in the profile; the CUDA build is planned for the arch list given or the wheels&apos; own.</source>
        <translation>Das Profil enthält keine NVIDIA-GPU; der CUDA-Build wird für die angegebene Arch-Liste oder die der Wheels geplant.</translation>
    </message>
    <message>
        <source>No AMD GPU is in the profile; the ROCm build is planned for the targets given or the wheels&apos; own.</source>
        <translation>Das Profil enthält keine AMD-GPU; der ROCm-Build wird für die angegebenen Targets oder die der Wheels geplant.</translation>
    </message>
</context>
<context>
    <name>BuildDefaults</name>
    <message>
        <source>The smaller of the CPU cores (%1) and the GiB of memory / 3 (%2): a compile job of PyTorch takes about 3 GB.</source>
        <translation>Der kleinere Wert aus CPU-Kernen (%1) und GiB Arbeitsspeicher / 3 (%2): Ein Compile-Job von PyTorch braucht etwa 3 GB.</translation>
    </message>
    <message>
        <source>The CPU cores (%1); the memory of this machine is not known.</source>
        <translation>Die CPU-Kerne (%1); der Arbeitsspeicher dieses Rechners ist unbekannt.</translation>
    </message>
    <message>
        <source>Neither the cores nor the memory of this machine are known; %1 is a cautious guess.</source>
        <translation>Weder die Kerne noch der Arbeitsspeicher dieses Rechners sind bekannt; %1 ist eine vorsichtige Schätzung.</translation>
    </message>
    <message>
        <source>The %1 compile slots of the distcc hosts.</source>
        <translation>Die %1 Compile-Slots der distcc-Hosts.</translation>
    </message>
    <message>
        <source>The compute capabilities of this machine&apos;s NVIDIA GPUs that CUDA %1 can build for; +PTX lets newer GPUs run the code too.</source>
        <translation>Die Compute Capabilities der NVIDIA-GPUs dieses Rechners, für die CUDA %1 bauen kann; +PTX lässt auch neuere GPUs den Code ausführen.</translation>
    </message>
    <message>
        <source>No NVIDIA GPU was found, so the list of the %1 wheels.</source>
        <translation>Es wurde keine NVIDIA-GPU gefunden, daher die Liste der %1-Wheels.</translation>
    </message>
    <message>
        <source>The gfx targets of this machine&apos;s AMD GPUs.</source>
        <translation>Die gfx-Ziele der AMD-GPUs dieses Rechners.</translation>
    </message>
    <message>
        <source>No AMD GPU was found, so the targets of the %1 wheels.</source>
        <translation>Es wurde keine AMD-GPU gefunden, daher die Ziele der %1-Wheels.</translation>
    </message>
</context>
<context>
    <name>Bundler</name>
    <message>
        <source>The folder %1 cannot be written.</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, or make this one writable for your user.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen, oder machen Sie diesen für Ihren Benutzer beschreibbar.</translation>
    </message>
    <message>
        <source>download %1</source>
        <translation>herunterladen: %1</translation>
    </message>
    <message>
        <source>Could not move the download to %1.</source>
        <translation>Der Download konnte nicht nach %1 verschoben werden.</translation>
    </message>
    <message>
        <source>pip download %1</source>
        <translation>pip download %1</translation>
    </message>
    <message>
        <source>pip download failed for %1.</source>
        <translation>pip download ist für %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Check the network and the package index, then run the bundle again.</source>
        <translation>Prüfen Sie das Netzwerk und den Paketindex und erstellen Sie das Bundle dann erneut.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Checks one PyTorch selection against this machine (or a saved or imported profile) and says what blocks it and what to do. Exit code: 0 ok or warnings, 1 blocked, 2 bad arguments.</source>
        <translation>Prüft eine PyTorch-Auswahl gegen diesen Rechner (oder ein gespeichertes oder importiertes Profil) und sagt, was sie blockiert und was zu tun ist. Exit-Code: 0 in Ordnung oder Warnungen, 1 blockiert, 2 ungültige Argumente.</translation>
    </message>
    <message>
        <source>Print {verdict, findings} as JSON.</source>
        <translation>{verdict, findings} als JSON ausgeben.</translation>
    </message>
    <message>
        <source>check takes no positional arguments: %1</source>
        <translation>check nimmt keine Positionsargumente an: %1</translation>
    </message>
</context>
<context>
    <name>Checker</name>
    <message>
        <source>PyTorch %1 is not in the tested matrix.</source>
        <translation>PyTorch %1 ist nicht in der getesteten Matrix.</translation>
    </message>
    <message>
        <source>Pick a version listed by `dlstack matrix`.</source>
        <translation>Wählen Sie eine Version, die `dlstack matrix` auflistet.</translation>
    </message>
    <message>
        <source>CUDA %1 is not in the tested matrix.</source>
        <translation>CUDA %1 ist nicht in der getesteten Matrix.</translation>
    </message>
    <message>
        <source>Pick a CUDA version listed by `dlstack matrix --torch %1`.</source>
        <translation>Wählen Sie eine CUDA-Version, die `dlstack matrix --torch %1` auflistet.</translation>
    </message>
    <message>
        <source>ROCm %1 is not in the tested matrix.</source>
        <translation>ROCm %1 ist nicht in der getesteten Matrix.</translation>
    </message>
    <message>
        <source>Pick a ROCm version listed by `dlstack matrix --torch %1`.</source>
        <translation>Wählen Sie eine ROCm-Version, die `dlstack matrix --torch %1` auflistet.</translation>
    </message>
    <message>
        <source>PyTorch %1 has no official %2 wheels.</source>
        <translation>PyTorch %1 hat keine offiziellen %2-Wheels.</translation>
    </message>
    <message>
        <source>Pick one of the published variants (%1), or build from source (--route source).</source>
        <translation>Wählen Sie eine der veröffentlichten Varianten (%1) oder bauen Sie aus dem Quellcode (--route source).</translation>
    </message>
    <message>
        <source>PyTorch %1 was not released with CUDA %2; a build may work but was not tested by PyTorch.</source>
        <translation>PyTorch %1 wurde nicht mit CUDA %2 veröffentlicht; ein Build kann funktionieren, wurde aber von PyTorch nicht getestet.</translation>
    </message>
    <message>
        <source>Prefer a CUDA version of its wheels (%1).</source>
        <translation>Bevorzugen Sie eine CUDA-Version seiner Wheels (%1).</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run a plan&apos;s stages; running it again resumes</source>
        <translation>Die Stufen eines Plans ausführen; ein erneuter Aufruf setzt fort</translation>
    </message>
    <message>
        <source>Show the state of each stage installed into a prefix</source>
        <translation>Den Zustand jeder in ein Präfix installierten Stufe anzeigen</translation>
    </message>
    <message>
        <source>Undo installed stages, newest first</source>
        <translation>Installierte Stufen rückgängig machen, neueste zuerst</translation>
    </message>
    <message>
        <source>== stage %1: %2</source>
        <translation>== Stufe %1: %2</translation>
    </message>
    <message>
        <source>== stage %1: already done, skipped</source>
        <translation>== Stufe %1: bereits erledigt, übersprungen</translation>
    </message>
    <message>
        <source>== stage %1: finished</source>
        <translation>== Stufe %1: abgeschlossen</translation>
    </message>
    <message>
        <source>== stage %1 failed: %2</source>
        <translation>== Stufe %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Run a plan; running it again resumes where it stopped.</source>
        <translation>Einen Plan ausführen; ein erneuter Aufruf setzt dort fort, wo er angehalten hat.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Nicht nach Bestätigung fragen.</translation>
    </message>
    <message>
        <source>Run only this stage.</source>
        <translation>Nur diese Stufe ausführen.</translation>
    </message>
    <message>
        <source>Start at this stage.</source>
        <translation>Bei dieser Stufe beginnen.</translation>
    </message>
    <message>
        <source>Print the stages and steps; change nothing.</source>
        <translation>Stufen und Schritte ausgeben; nichts ändern.</translation>
    </message>
    <message>
        <source>The prefix was moved with its journal: read the journal&apos;s paths as paths in the plan&apos;s prefix.</source>
        <translation>Das Präfix wurde samt Journal verschoben: die Pfade des Journals als Pfade im Präfix des Plans lesen.</translation>
    </message>
    <message>
        <source>Send the credentials of download steps marked &quot;allow_insecure_auth&quot; over plain http.</source>
        <translation>Die Zugangsdaten von Download-Schritten mit &quot;allow_insecure_auth&quot; über unverschlüsseltes http senden.</translation>
    </message>
    <message>
        <source>The plan has no stage &quot;%1&quot;.</source>
        <translation>Der Plan hat keine Stufe „%1“.</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; into %2</source>
        <translation>Plan „%1“ nach %2</translation>
    </message>
    <message>
        <source>stage %1: %2</source>
        <translation>Stufe %1: %2</translation>
    </message>
    <message>
        <source>Install &quot;%1&quot; into %2?</source>
        <translation>„%1“ nach %2 installieren?</translation>
    </message>
    <message>
        <source>All stages finished.</source>
        <translation>Alle Stufen abgeschlossen.</translation>
    </message>
    <message>
        <source>Name the root cause of a failed build from its log, with a remedy</source>
        <translation>Die Ursache eines fehlgeschlagenen Builds aus seinem Log benennen, mit Abhilfe</translation>
    </message>
    <message>
        <source>List the tested PyTorch, CUDA, ROCm and Python combinations</source>
        <translation>Die getesteten Kombinationen aus PyTorch, CUDA, ROCm und Python auflisten</translation>
    </message>
    <message>
        <source>Check one PyTorch selection against a machine and say what blocks it</source>
        <translation>Eine PyTorch-Auswahl gegen einen Rechner prüfen und sagen, was sie blockiert</translation>
    </message>
    <message>
        <source>Propose the PyTorch selections that will work on a machine</source>
        <translation>Die PyTorch-Auswahlen vorschlagen, die auf einem Rechner funktionieren</translation>
    </message>
    <message>
        <source>Plan an install (JSON plan, bash script or Dockerfile) for a selection</source>
        <translation>Eine Installation (JSON-Plan, Bash-Skript oder Dockerfile) für eine Auswahl planen</translation>
    </message>
    <message>
        <source>Detect GPUs, drivers, CUDA, compilers and Python environments</source>
        <translation>GPUs, Treiber, CUDA, Compiler und Python-Umgebungen erkennen</translation>
    </message>
    <message>
        <source>Build a profile of another machine from pasted tool output</source>
        <translation>Ein Profil eines anderen Rechners aus eingefügter Werkzeugausgabe erstellen</translation>
    </message>
    <message>
        <source>The install prefix.</source>
        <translation>Das Installationspräfix.</translation>
    </message>
    <message>
        <source>Roll back this stage.</source>
        <translation>Diese Stufe zurücknehmen.</translation>
    </message>
    <message>
        <source>Roll back every stage, newest first.</source>
        <translation>Alle Stufen zurücknehmen, neueste zuerst.</translation>
    </message>
    <message>
        <source>The prefix was moved with its journal: read the journal&apos;s paths as paths in this prefix.</source>
        <translation>Das Präfix wurde samt Journal verschoben: die Pfade des Journals als Pfade in diesem Präfix lesen.</translation>
    </message>
    <message>
        <source>Usage: dlstack rollback --prefix P (--stage ID | --all) [--yes] [--reanchor]</source>
        <translation>Aufruf: dlstack rollback --prefix P (--stage ID | --all) [--yes] [--reanchor]</translation>
    </message>
    <message>
        <source>every stage</source>
        <translation>alle Stufen</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Usage: dlstack status --prefix P [--json]</source>
        <translation>Aufruf: dlstack status --prefix P [--json]</translation>
    </message>
    <message>
        <source>Nothing was installed into %1 by dlstack.</source>
        <translation>dlstack hat nichts nach %1 installiert.</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; in %2</source>
        <translation>Plan „%1“ in %2</translation>
    </message>
    <message>
        <source>Usage: dlstack &lt;command&gt; [options]</source>
        <translation>Aufruf: dlstack &lt;Befehl&gt; [Optionen]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run `dlstack &lt;command&gt; --help` for the options of a command.</source>
        <translation>Führen Sie `dlstack &lt;Befehl&gt; --help` aus, um die Optionen eines Befehls zu sehen.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Also append every event as a JSON line to this file.</source>
        <translation>Jedes Ereignis zusätzlich als JSON-Zeile an diese Datei anhängen.</translation>
    </message>
    <message>
        <source>Fetch everything a plan downloads into a folder for an offline machine.</source>
        <translation>Alles, was ein Plan herunterlädt, für einen Rechner ohne Internet in einen Ordner holen.</translation>
    </message>
    <message>
        <source>The plan file (JSON).</source>
        <translation>Die Plandatei (JSON).</translation>
    </message>
    <message>
        <source>The folder to fill.</source>
        <translation>Der zu füllende Ordner.</translation>
    </message>
    <message>
        <source>Fetch wheels for this Python (e.g. 3.11).</source>
        <translation>Wheels für dieses Python holen (z. B. 3.11).</translation>
    </message>
    <message>
        <source>Fetch wheels for this platform tag (e.g. manylinux_2_28_x86_64).</source>
        <translation>Wheels für diese Plattform holen (z. B. manylinux_2_28_x86_64).</translation>
    </message>
    <message>
        <source>Usage: dlstack bundle PLAN.json DIR [--python X.Y] [--platform TAG]</source>
        <translation>Aufruf: dlstack bundle PLAN.json ORDNER [--python X.Y] [--platform TAG]</translation>
    </message>
    <message>
        <source>not bundled (a git checkout; clone it on the offline machine&apos;s network or copy the prefix&apos;s source folder): %1</source>
        <translation>nicht gebündelt (ein git-Checkout; klonen Sie ihn im Netz des Offline-Rechners oder kopieren Sie den Quellordner des Präfixes): %1</translation>
    </message>
    <message>
        <source>Fetch everything a plan downloads into a folder for an offline machine</source>
        <translation>Alles, was ein Plan herunterlädt, für einen Rechner ohne Internet in einen Ordner holen</translation>
    </message>
    <message>
        <source>not bundled (conda packages; give the offline machine a conda channel mirror, or build the environment where there is a network and move it with conda-pack): %1</source>
        <translation>nicht gebündelt (conda-Pakete; geben Sie dem Offline-Rechner einen Spiegel eines conda-Kanals, oder bauen Sie die Umgebung dort, wo es Netz gibt, und bringen Sie sie mit conda-pack hinüber): %1</translation>
    </message>
    <message>
        <source>The log of stage %1 is %2</source>
        <translation>Das Log der Stufe %1 ist %2</translation>
    </message>
    <message>
        <source>No known cause: %1</source>
        <translation>Keine bekannte Ursache: %1</translation>
    </message>
    <message>
        <source>Diagnosis: %1</source>
        <translation>Diagnose: %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Why: </source>
        <translation>Warum: </translation>
    </message>
    <message>
        <source>What to do: </source>
        <translation>Was zu tun ist: </translation>
    </message>
    <message>
        <source>%1: %2 fetched, %3 already there, %4 failed.</source>
        <translation>%1: %2 geholt, %3 schon vorhanden, %4 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Use it as the offline folder: dlstack plan ... --mirror %1</source>
        <translation>Verwenden Sie ihn als Offline-Ordner: dlstack plan ... --mirror %1</translation>
    </message>
    <message>
        <source>The folder is not complete; run the bundle again once the failures above are fixed.</source>
        <translation>Der Ordner ist nicht vollständig; erstellen Sie das Bundle erneut, sobald die Fehler oben behoben sind.</translation>
    </message>
    <message>
        <source>Continue the install in a prefix with the plan it keeps</source>
        <translation>Die Installation in einem Präfix mit dem dort abgelegten Plan fortsetzen</translation>
    </message>
    <message>
        <source>Every cause found: dlstack diagnose %1</source>
        <translation>Alle gefundenen Ursachen: dlstack diagnose %1</translation>
    </message>
    <message>
        <source>%1 keeps no plan.</source>
        <translation>In %1 ist kein Plan abgelegt.</translation>
    </message>
    <message>
        <source>Name the plan file: dlstack install PLAN.json. A prefix keeps its plan once an install has begun there.</source>
        <translation>Nennen Sie die Plandatei: dlstack install PLAN.json. Ein Präfix bewahrt seinen Plan auf, sobald dort eine Installation begonnen hat.</translation>
    </message>
    <message>
        <source>The plan kept in %1 cannot be read.</source>
        <translation>Der in %1 abgelegte Plan kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Name the plan file: dlstack install PLAN.json.</source>
        <translation>Nennen Sie die Plandatei: dlstack install PLAN.json.</translation>
    </message>
    <message>
        <source>The plan kept in %1 installs into %2.</source>
        <translation>Der in %1 abgelegte Plan installiert nach %2.</translation>
    </message>
    <message>
        <source>If the prefix was moved, run: dlstack install %1 --reanchor with a plan whose prefix is %2.</source>
        <translation>Wenn das Präfix verschoben wurde, führen Sie dlstack install %1 --reanchor mit einem Plan aus, dessen Präfix %2 ist.</translation>
    </message>
    <message>
        <source>Continue the install in a prefix with the plan it keeps.</source>
        <translation>Die Installation in einem Präfix mit dem dort abgelegten Plan fortsetzen.</translation>
    </message>
    <message>
        <source>The plan file (JSON, docs/plan-format.md); with --prefix alone, the plan kept in that prefix.</source>
        <translation>Die Plandatei (JSON, docs/plan-format.md); mit --prefix allein der in diesem Präfix abgelegte Plan.</translation>
    </message>
    <message>
        <source>Resume the install in this prefix with the plan it keeps.</source>
        <translation>Die Installation in diesem Präfix mit dem dort abgelegten Plan fortsetzen.</translation>
    </message>
    <message>
        <source>Name one prefix: dlstack resume PREFIX</source>
        <translation>Nennen Sie ein Präfix: dlstack resume PRÄFIX</translation>
    </message>
    <message>
        <source>Name one plan file or one prefix: dlstack install PLAN.json, or dlstack install --prefix PREFIX to resume with the plan kept there</source>
        <translation>Nennen Sie eine Plandatei oder ein Präfix: dlstack install PLAN.json, oder dlstack install --prefix PRÄFIX, um mit dem dort abgelegten Plan fortzusetzen</translation>
    </message>
    <message>
        <source>Resuming with the plan kept in %1</source>
        <translation>Fortsetzung mit dem in %1 abgelegten Plan</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>There is no terminal to confirm the install on; nothing was changed. Add --yes to install without asking.</source>
        <translation>Es gibt kein Terminal, in dem die Installation bestätigt werden kann; es wurde nichts geändert. Fügen Sie --yes hinzu, um ohne Rückfrage zu installieren.</translation>
    </message>
    <message>
        <source>To use it: %1</source>
        <translation>Zur Verwendung: %1</translation>
    </message>
    <message>
        <source>The install stopped. To resume: dlstack install --prefix %1</source>
        <translation>Die Installation wurde angehalten. Zum Fortsetzen: dlstack install --prefix %1</translation>
    </message>
    <message>
        <source>To undo it: dlstack rollback --prefix %1 --all</source>
        <translation>Zum Rückgängigmachen: dlstack rollback --prefix %1 --all</translation>
    </message>
    <message>
        <source>Undo installed stages, newest first, from the prefix&apos;s journal.</source>
        <translation>Installierte Stufen anhand des Journals des Präfixes rückgängig machen, neueste zuerst.</translation>
    </message>
    <message>
        <source>Roll back %1 in %2?</source>
        <translation>%1 in %2 zurücknehmen?</translation>
    </message>
    <message>
        <source>There is no terminal to confirm the rollback on; nothing was changed. Add --yes to roll back without asking.</source>
        <translation>Es gibt kein Terminal, in dem das Zurücknehmen bestätigt werden kann; es wurde nichts geändert. Fügen Sie --yes hinzu, um ohne Rückfrage zurückzunehmen.</translation>
    </message>
    <message>
        <source>Show the state of each stage installed into a prefix and the plan it keeps.</source>
        <translation>Den Zustand jeder in ein Präfix installierten Stufe und den dort abgelegten Plan anzeigen.</translation>
    </message>
    <message>
        <source>The plan it runs is kept in %1 (sha256 %2); resume with: dlstack install --prefix %3</source>
        <translation>Der Plan, den es ausführt, ist in %1 abgelegt (sha256 %2); fortsetzen mit: dlstack install --prefix %3</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>bundle folder</source>
        <translation>Bündelordner</translation>
    </message>
    <message>
        <source>It holds the downloads, but what is not bundled above still needs a network or another way to the offline machine; then plan with --mirror %1.</source>
        <translation>Er enthält die Downloads, aber was oben als nicht gebündelt steht, braucht weiterhin ein Netz oder einen anderen Weg auf den Offline-Rechner; dann mit --mirror %1 planen.</translation>
    </message>
    <message>
        <source>Nothing was fetched: everything this plan downloads is a git checkout or conda packages, which a bundle cannot hold; the folder does not make the install work offline.</source>
        <translation>Nichts wurde geholt: alles, was dieser Plan herunterlädt, sind Git-Checkouts oder conda-Pakete, die ein Bündel nicht aufnehmen kann; mit diesem Ordner läuft die Installation nicht offline.</translation>
    </message>
    <message>
        <source>Nothing was fetched: the plan downloads nothing, so it needs no offline folder.</source>
        <translation>Nichts wurde geholt: der Plan lädt nichts herunter und braucht daher keinen Offline-Ordner.</translation>
    </message>
    <message>
        <source>%1: %2 (from %3)</source>
        <translation>%1: %2 (aus %3)</translation>
    </message>
    <message>
        <source>Say what a plan downloads and whether its servers answer from this machine</source>
        <translation>Sagen, was ein Plan herunterlädt und ob seine Server von diesem Rechner aus antworten</translation>
    </message>
    <message>
        <source>Print only one JSON object when the job ends: the stages that ran, were skipped or failed, with the diagnosis (the stage logs keep the output).</source>
        <translation>Am Ende des Laufs nur ein JSON-Objekt ausgeben: die ausgeführten, übersprungenen oder fehlgeschlagenen Stufen samt Diagnose (die Ausgabe bleibt in den Protokollen der Stufen).</translation>
    </message>
    <message>
        <source>prefix</source>
        <translation>Präfix</translation>
    </message>
</context>
<context>
    <name>CmakeRule</name>
    <message>
        <source>No cmake was found.</source>
        <translation>Es wurde kein cmake gefunden.</translation>
    </message>
    <message>
        <source>The build environment gets one with pip install &quot;%1&quot;.</source>
        <translation>Die Build-Umgebung erhält eines mit pip install &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Building PyTorch %1 needs CMake %2 or newer; you have %3.</source>
        <translation>Der Build von PyTorch %1 braucht CMake %2 oder neuer; Sie haben %3.</translation>
    </message>
    <message>
        <source>pip install &quot;%1&quot; in the build environment.</source>
        <translation>pip install &quot;%1&quot; in der Build-Umgebung.</translation>
    </message>
    <message>
        <source>CMake %1 removed compatibility with cmake_minimum_required below 3.5, which PyTorch %2&apos;s third-party code still declares; the configure step fails.</source>
        <translation>CMake %1 hat die Kompatibilität mit cmake_minimum_required unter 3.5 entfernt, das der Drittanbietercode von PyTorch %2 noch deklariert; der Konfigurationsschritt schlägt fehl.</translation>
    </message>
    <message>
        <source>Set CMAKE_POLICY_VERSION_MINIMUM=3.5 (dlstack&apos;s plan does), or pip install &quot;%1&quot;.</source>
        <translation>Setzen Sie CMAKE_POLICY_VERSION_MINIMUM=3.5 (der Plan von dlstack tut das) oder pip install &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>CMake %1 has a known problem with this build: %2</source>
        <translation>CMake %1 hat ein bekanntes Problem mit diesem Build: %2</translation>
    </message>
</context>
<context>
    <name>CompanionsRule</name>
    <message>
        <source>%1 has no release for PyTorch %2 (its development stopped).</source>
        <translation>%1 hat kein Release für PyTorch %2 (seine Entwicklung wurde eingestellt).</translation>
    </message>
    <message>
        <source>Drop %1, or pick torch 2.3 or older.</source>
        <translation>Lassen Sie %1 weg oder wählen Sie torch 2.3 oder älter.</translation>
    </message>
    <message>
        <source>%1 %2 does not go with PyTorch %3; its partner is %1 %4.</source>
        <translation>%1 %2 passt nicht zu PyTorch %3; sein Partner ist %1 %4.</translation>
    </message>
    <message>
        <source>Install %1==%2.</source>
        <translation>Installieren Sie %1==%2.</translation>
    </message>
    <message>
        <source>The pairing of %1 %2 with PyTorch %3 is not confirmed by a primary source.</source>
        <translation>Die Paarung von %1 %2 mit PyTorch %3 ist durch keine Primärquelle bestätigt.</translation>
    </message>
    <message>
        <source>Check the release notes before relying on it.</source>
        <translation>Prüfen Sie die Release Notes, bevor Sie sich darauf verlassen.</translation>
    </message>
    <message>
        <source>The environment has %1 %2; PyTorch %3 needs %1 %4, which will replace it.</source>
        <translation>Die Umgebung hat %1 %2; PyTorch %3 braucht %1 %4, das es ersetzen wird.</translation>
    </message>
</context>
<context>
    <name>CompilerProbe</name>
    <message>
        <source>%1 did not report a version.</source>
        <translation>%1 hat keine Version gemeldet.</translation>
    </message>
</context>
<context>
    <name>CompilerRule</name>
    <message>
        <source>PyTorch %1 needs gcc %2 or newer, but CUDA %3&apos;s nvcc accepts gcc up to %4: no compiler satisfies both.</source>
        <translation>PyTorch %1 braucht gcc %2 oder neuer, aber nvcc von CUDA %3 akzeptiert gcc nur bis %4: Kein Compiler erfüllt beides.</translation>
    </message>
    <message>
        <source>Pick a newer CUDA for this release, or an older PyTorch for this CUDA.</source>
        <translation>Wählen Sie ein neueres CUDA für dieses Release oder ein älteres PyTorch für dieses CUDA.</translation>
    </message>
    <message>
        <source>sudo apt install gcc-%1 g++-%1 (or in a conda env: conda install -c conda-forge gcc=%1 gxx=%1)</source>
        <translation>sudo apt install gcc-%1 g++-%1 (oder in einer conda-Umgebung: conda install -c conda-forge gcc=%1 gxx=%1)</translation>
    </message>
    <message>
        <source>No gcc was found; building PyTorch from source needs a C++%1 compiler.</source>
        <translation>Es wurde kein gcc gefunden; der Build von PyTorch aus dem Quellcode braucht einen C++%1-Compiler.</translation>
    </message>
    <message>
        <source>Install one: %1.</source>
        <translation>Installieren Sie einen: %1.</translation>
    </message>
    <message>
        <source>The default gcc %1 does not fit this build; %2 (gcc %3) does.</source>
        <translation>Der Standard-gcc %1 passt nicht zu diesem Build; %2 (gcc %3) passt.</translation>
    </message>
    <message>
        <source>Build with CC=%1 CXX=%2 CUDAHOSTCXX=%2 (dlstack&apos;s plan sets them).</source>
        <translation>Bauen Sie mit CC=%1 CXX=%2 CUDAHOSTCXX=%2 (der Plan von dlstack setzt sie).</translation>
    </message>
    <message>
        <source>Install gcc %1: %2, and build with CC=gcc-%1 CXX=g++-%1 CUDAHOSTCXX=g++-%1</source>
        <translation>Installieren Sie gcc %1: %2, und bauen Sie mit CC=gcc-%1 CXX=g++-%1 CUDAHOSTCXX=g++-%1</translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>; or pick CUDA %1, whose nvcc accepts gcc %2.</source>
        <translation>; oder wählen Sie CUDA %1, dessen nvcc gcc %2 akzeptiert.</translation>
    </message>
    <message>
        <source>CUDA %1&apos;s nvcc accepts gcc up to %2; your gcc is %3 (&quot;unsupported GNU version&quot;).</source>
        <translation>nvcc von CUDA %1 akzeptiert gcc bis %2; Ihr gcc ist %3 („unsupported GNU version“).</translation>
    </message>
    <message>
        <source>Building PyTorch %1 needs gcc %2 or newer; your gcc is %3.</source>
        <translation>Der Build von PyTorch %1 braucht gcc %2 oder neuer; Ihr gcc ist %3.</translation>
    </message>
    <message>
        <source>Install a newer gcc: %1.</source>
        <translation>Installieren Sie einen neueren gcc: %1.</translation>
    </message>
</context>
<context>
    <name>CondaLocator</name>
    <message>
        <source>Could not read %1.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is not a text file; it was ignored.</source>
        <translation>%1 ist keine Textdatei; sie wurde ignoriert.</translation>
    </message>
</context>
<context>
    <name>CudaSources</name>
    <message>
        <source>CUDA runtime</source>
        <translation>CUDA-Runtime</translation>
    </message>
    <message>
        <source>cuDNN</source>
        <translation>cuDNN</translation>
    </message>
    <message>
        <source>NCCL</source>
        <translation>NCCL</translation>
    </message>
    <message>
        <source>cuBLAS</source>
        <translation>cuBLAS</translation>
    </message>
    <message>
        <source>nvcc</source>
        <translation>nvcc</translation>
    </message>
    <message>
        <source>NVRTC</source>
        <translation>NVRTC</translation>
    </message>
    <message>
        <source>CUDA toolkit</source>
        <translation>CUDA-Toolkit</translation>
    </message>
    <message>
        <source>CUDA version pin</source>
        <translation>Festgelegte CUDA-Version</translation>
    </message>
    <message>
        <source>ROCm SDK</source>
        <translation>ROCm-SDK</translation>
    </message>
    <message>
        <source>nvcc on PATH</source>
        <translation>nvcc im PATH</translation>
    </message>
    <message>
        <source>CUDA_HOME</source>
        <translation>CUDA_HOME</translation>
    </message>
    <message>
        <source>LD_LIBRARY_PATH</source>
        <translation>LD_LIBRARY_PATH</translation>
    </message>
    <message>
        <source>GCC</source>
        <translation>GCC</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>conda</source>
        <translation>conda</translation>
    </message>
    <message>
        <source>runfile or NVIDIA packages</source>
        <translation>Runfile oder NVIDIA-Pakete</translation>
    </message>
    <message>
        <source>distribution package</source>
        <translation>Distributionspaket</translation>
    </message>
    <message>
        <source>conda packages</source>
        <translation>conda-Pakete</translation>
    </message>
    <message>
        <source>pip wheels</source>
        <translation>pip-Wheels</translation>
    </message>
    <message>
        <source>ROCm Core SDK (TheRock)</source>
        <translation>ROCm Core SDK (TheRock)</translation>
    </message>
    <message>
        <source>Where CUDA and ROCm come from</source>
        <translation>Woher CUDA und ROCm kommen</translation>
    </message>
    <message>
        <source>CUDA %1 — %2</source>
        <translation>CUDA %1 — %2</translation>
    </message>
    <message>
        <source>Source builds and CUDA extensions compile with this nvcc.</source>
        <translation>Quellcode-Builds und CUDA-Erweiterungen werden mit diesem nvcc kompiliert.</translation>
    </message>
    <message>
        <source>PyTorch&apos;s extension builder and CMake take the toolkit from here.</source>
        <translation>Der Erweiterungs-Builder von PyTorch und CMake nehmen das Toolkit von hier.</translation>
    </message>
    <message>
        <source>Searched before torch&apos;s own CUDA libraries when a process starts.</source>
        <translation>Wird beim Start eines Prozesses vor den eigenen CUDA-Bibliotheken von torch durchsucht.</translation>
    </message>
    <message>
        <source>CUDA versions</source>
        <translation>CUDA-Versionen</translation>
    </message>
    <message>
        <source>Builds and imports may use another CUDA than the one you expect.</source>
        <translation>Builds und Importe verwenden möglicherweise ein anderes CUDA als erwartet.</translation>
    </message>
    <message>
        <source>%1 %2 (%3 %4)</source>
        <translation>%1 %2 (%3 %4)</translation>
    </message>
    <message>
        <source>torch in this environment loads these before the system&apos;s, unless LD_LIBRARY_PATH names other CUDA libraries.</source>
        <translation>torch lädt in dieser Umgebung diese vor denen des Systems, sofern LD_LIBRARY_PATH keine anderen CUDA-Bibliotheken nennt.</translation>
    </message>
    <message>
        <source>ROCm %1</source>
        <translation>ROCm %1</translation>
    </message>
    <message>
        <source>Another ROCm on this machine; ROCM_PATH picks one.</source>
        <translation>Ein weiteres ROCm auf diesem Rechner; ROCM_PATH wählt eines aus.</translation>
    </message>
    <message>
        <source>%1 available as a module</source>
        <translation>%1 als Modul verfügbar</translation>
    </message>
    <message>
        <source>`module load %1` provides it without installing.</source>
        <translation>`module load %1` stellt es ohne Installation bereit.</translation>
    </message>
    <message>
        <source>nvcc on PATH is %1 (%2)</source>
        <translation>nvcc im PATH ist %1 (%2)</translation>
    </message>
    <message>
        <source>CUDA_HOME is %1 (%2)</source>
        <translation>CUDA_HOME ist %1 (%2)</translation>
    </message>
    <message>
        <source>LD_LIBRARY_PATH leads to %1 (%2)</source>
        <translation>LD_LIBRARY_PATH führt zu %1 (%2)</translation>
    </message>
    <message>
        <source>torch in %1 was built with %2</source>
        <translation>torch in %1 wurde mit %2 gebaut</translation>
    </message>
    <message>
        <source>The CUDA versions this shell reaches disagree: %1. Extensions are built with the nvcc on PATH (or CUDA_HOME&apos;s), and LD_LIBRARY_PATH is searched before torch&apos;s own CUDA libraries. Point PATH and CUDA_HOME at the toolkit matching torch&apos;s CUDA and drop other CUDA directories from LD_LIBRARY_PATH.</source>
        <translation>Die CUDA-Versionen, die diese Shell erreicht, stimmen nicht überein: %1. Erweiterungen werden mit dem nvcc im PATH (oder dem von CUDA_HOME) gebaut, und LD_LIBRARY_PATH wird vor den eigenen CUDA-Bibliotheken von torch durchsucht. Lassen Sie PATH und CUDA_HOME auf das Toolkit zeigen, das zum CUDA von torch passt, und entfernen Sie andere CUDA-Verzeichnisse aus LD_LIBRARY_PATH.</translation>
    </message>
</context>
<context>
    <name>CudaToolkitProbe</name>
    <message>
        <source>Found a CUDA toolkit directory at %1 but could not tell its version.</source>
        <translation>Unter %1 wurde ein CUDA-Toolkit-Verzeichnis gefunden, aber seine Version ist nicht erkennbar.</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 does not hold a CUDA version.</source>
        <translation>%1 enthält keine CUDA-Version.</translation>
    </message>
    <message>
        <source>unrecognised output</source>
        <translation>nicht erkannte Ausgabe</translation>
    </message>
    <message>
        <source>%1 --version did not report a version (%2).</source>
        <translation>%1 --version hat keine Version gemeldet (%2).</translation>
    </message>
</context>
<context>
    <name>CudnnProbe</name>
    <message>
        <source>Could not read %1.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 does not state a cuDNN version.</source>
        <translation>%1 nennt keine cuDNN-Version.</translation>
    </message>
</context>
<context>
    <name>DetectCommand</name>
    <message>
        <source>Detects GPUs, the NVIDIA driver, CUDA toolkits, cuDNN, ROCm, compilers, build tools, conda installations and Python environments.</source>
        <translation>Erkennt GPUs, den NVIDIA-Treiber, CUDA-Toolkits, cuDNN, ROCm, Compiler, Build-Werkzeuge, conda-Installationen und Python-Umgebungen.</translation>
    </message>
    <message>
        <source>Print the profile as JSON (docs/profile-format.md).</source>
        <translation>Das Profil als JSON ausgeben (docs/profile-format.md).</translation>
    </message>
    <message>
        <source>Keep every raw output and file read in DIR, to replay elsewhere.</source>
        <translation>Jede Rohausgabe und gelesene Datei in DIR aufbewahren, um sie anderswo wiederzugeben.</translation>
    </message>
    <message>
        <source>Replay a detection saved with --save-raw instead of looking at this machine.</source>
        <translation>Eine mit --save-raw gespeicherte Erkennung wiedergeben, statt diesen Rechner zu untersuchen.</translation>
    </message>
    <message>
        <source>Measure free disk space at PATH (default: the home directory).</source>
        <translation>Freien Speicherplatz unter PATH messen (Standard: das Home-Verzeichnis).</translation>
    </message>
    <message>
        <source>Also inspect the Python environment at PATH.</source>
        <translation>Auch die Python-Umgebung unter PATH untersuchen.</translation>
    </message>
    <message>
        <source>detect takes no arguments; did you mean `dlstack import %1`?</source>
        <translation>detect nimmt keine Argumente an; meinten Sie `dlstack import %1`?</translation>
    </message>
    <message>
        <source>Raw outputs saved in %1; replay them with `dlstack detect --replay %1`.</source>
        <translation>Rohausgaben in %1 gespeichert; geben Sie sie mit `dlstack detect --replay %1` wieder.</translation>
    </message>
</context>
<context>
    <name>DiagnoseCommand</name>
    <message>
        <source>No known cause of failure was found.</source>
        <translation>Es wurde keine bekannte Fehlerursache gefunden.</translation>
    </message>
    <message>
        <source>No known cause</source>
        <translation>Keine bekannte Ursache</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Also found</source>
        <translation>Außerdem gefunden</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Why: </source>
        <translation>Warum: </translation>
    </message>
    <message>
        <source>What to do: </source>
        <translation>Was zu tun ist: </translation>
    </message>
    <message>
        <source>There is no cause &quot;%1&quot;. Known causes: %2</source>
        <translation>Es gibt keine Ursache „%1“. Bekannte Ursachen: %2</translation>
    </message>
    <message>
        <source>Defined in: </source>
        <translation>Definiert in: </translation>
    </message>
    <message>
        <source>Seen in: </source>
        <translation>Gesehen in: </translation>
    </message>
    <message>
        <source>Finds the root cause of a failed build or install in its log and says what to do. Reads plain, .gz and .xz files, and standard input for -.</source>
        <translation>Findet die Ursache eines fehlgeschlagenen Builds oder einer fehlgeschlagenen Installation in ihrem Log und sagt, was zu tun ist. Liest einfache, .gz- und .xz-Dateien sowie die Standardeingabe bei -.</translation>
    </message>
    <message>
        <source>Print the diagnoses as JSON.</source>
        <translation>Die Diagnosen als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Fill remedies with facts of this machine profile (dlstack detect --json).</source>
        <translation>Abhilfen mit Fakten dieses Rechnerprofils ergänzen (dlstack detect --json).</translation>
    </message>
    <message>
        <source>Also use the rule files (*.json) in this folder (besides %1).</source>
        <translation>Auch die Regeldateien (*.json) in diesem Ordner verwenden (neben %1).</translation>
    </message>
    <message>
        <source>Print what a cause means and what to do about it.</source>
        <translation>Ausgeben, was eine Ursache bedeutet und was dagegen zu tun ist.</translation>
    </message>
    <message>
        <source>Stop reading a FIFO or pipe after this many seconds without new output (0: wait for its end; default: 600 for a FIFO, 0 for standard input).</source>
        <translation>Das Lesen eines FIFO oder einer Pipe nach so vielen Sekunden ohne neue Ausgabe beenden (0: bis zum Ende warten; Vorgabe: 600 für einen FIFO, 0 für die Standardeingabe).</translation>
    </message>
    <message>
        <source>Log files; - reads standard input.</source>
        <translation>Logdateien; - liest die Standardeingabe.</translation>
    </message>
    <message>
        <source>Name at least one log file (or - for standard input).</source>
        <translation>Nennen Sie mindestens eine Logdatei (oder - für die Standardeingabe).</translation>
    </message>
    <message>
        <source>Skipped: </source>
        <translation>Übersprungen: </translation>
    </message>
    <message>
        <source>--idle-timeout needs a number of seconds, 0 or more.</source>
        <translation>--idle-timeout braucht eine Anzahl Sekunden, 0 oder mehr.</translation>
    </message>
    <message>
        <source>%1 looks like binary data, not a text log; its readable lines were diagnosed anyway.</source>
        <translation>%1 sieht nach Binärdaten aus, nicht nach einem Text-Log; die lesbaren Zeilen wurden trotzdem diagnostiziert.</translation>
    </message>
    <message>
        <source>Standard input</source>
        <translation>Standardeingabe</translation>
    </message>
</context>
<context>
    <name>Diagnoser</name>
    <message>
        <source>no installed gcc is old enough; install gcc-%1 and g++-%1</source>
        <translation>kein installierter gcc ist alt genug; installieren Sie gcc-%1 und g++-%1</translation>
    </message>
    <message>
        <source>gcc-%1 at %2</source>
        <translation>gcc-%1 in %2</translation>
    </message>
</context>
<context>
    <name>DockerImages</name>
    <message>
        <source>The list of Docker base images cannot be read: %1</source>
        <translation>Die Liste der Docker-Basisimages kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reinstall dlstack; the data files belong to it.</source>
        <translation>Installieren Sie dlstack neu; die Datendateien gehören dazu.</translation>
    </message>
    <message>
        <source>The list of Docker base images is not valid: %1</source>
        <translation>Die Liste der Docker-Basisimages ist ungültig: %1</translation>
    </message>
    <message>
        <source>Reinstall dlstack, or fix the file if you edited it.</source>
        <translation>Installieren Sie dlstack neu, oder korrigieren Sie die Datei, falls Sie sie bearbeitet haben.</translation>
    </message>
    <message>
        <source>schema %1 is not 1</source>
        <translation>Schema %1 ist nicht 1</translation>
    </message>
    <message>
        <source>the %1 %2 record needs devel, runtime and source</source>
        <translation>der Eintrag %1 %2 braucht devel, runtime und source</translation>
    </message>
    <message>
        <source>the %1 %2 image %3 does not carry its toolkit version %4</source>
        <translation>das %1-%2-Image %3 trägt nicht seine Toolkit-Version %4</translation>
    </message>
    <message>
        <source>Ubuntu %1 of the %2 %3 image is not described</source>
        <translation>Ubuntu %1 des %2-%3-Images ist nicht beschrieben</translation>
    </message>
</context>
<context>
    <name>DockerfileExporter</name>
    <message>
        <source>There is no published %1 image for %2 %3, so no Dockerfile can start from one.</source>
        <translation>Für %2 %3 gibt es kein veröffentlichtes %1-Image, also kann kein Dockerfile von einem ausgehen.</translation>
    </message>
    <message>
        <source>Pick one of the versions that have an image: %1.</source>
        <translation>Wählen Sie eine der Versionen mit Image: %1.</translation>
    </message>
    <message>
        <source>The image gets a new venv: the existing environment %1 belongs to this machine.</source>
        <translation>Das Image bekommt ein neues venv: Die vorhandene Umgebung %1 gehört zu diesem Rechner.</translation>
    </message>
    <message>
        <source>The image build downloads from the origins: the offline folder %1 is on this machine, not in the build context.</source>
        <translation>Der Image-Build lädt von den Ursprungsquellen: Der Offline-Ordner %1 liegt auf diesem Rechner, nicht im Build-Kontext.</translation>
    </message>
</context>
<context>
    <name>Downloader</name>
    <message>
        <source>no data for %1 s</source>
        <translation>seit %1 s keine Daten</translation>
    </message>
    <message>
        <source>HTTP %1 without a Location header</source>
        <translation>HTTP %1 ohne Location-Kopfzeile</translation>
    </message>
    <message>
        <source>HTTP 416 for a resumed download</source>
        <translation>HTTP 416 bei einem fortgesetzten Download</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>connection closed after %1 of %2 bytes</source>
        <translation>Verbindung nach %1 von %2 Bytes geschlossen</translation>
    </message>
    <message>
        <source>redirected to %1, which is not an http(s) URL</source>
        <translation>weitergeleitet nach %1, keine http(s)-URL</translation>
    </message>
    <message>
        <source>redirected from https to plain http (%1); not followed</source>
        <translation>von https auf unverschlüsseltes http weitergeleitet (%1); nicht gefolgt</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>mehr als %1 Weiterleitungen</translation>
    </message>
    <message>
        <source>Redirected from %1 to %2; the credential for %1 is not sent there (the plan&apos;s credential for %2 is).</source>
        <translation>Von %1 nach %2 weitergeleitet; die Zugangsdaten für %1 werden dorthin nicht gesendet (die des Plans für %2 schon).</translation>
    </message>
    <message>
        <source>Redirected from %1 to %2; the credential for %1 is not sent to another origin.</source>
        <translation>Von %1 nach %2 weitergeleitet; die Zugangsdaten für %1 werden an keinen anderen Ursprung gesendet.</translation>
    </message>
    <message>
        <source>Refusing to send a credential over plain http to %1.</source>
        <translation>Zugangsdaten werden nicht über unverschlüsseltes http an %1 gesendet.</translation>
    </message>
    <message>
        <source>Anyone on the network path can read an http:// request, and the token or password with it. Nothing was downloaded.</source>
        <translation>Jeder auf dem Netzweg kann eine http://-Anfrage lesen, samt Token oder Passwort. Es wurde nichts heruntergeladen.</translation>
    </message>
    <message>
        <source>Use an https:// URL. If this server has no https, set &quot;allow_insecure_auth&quot;: true on the download step and run `dlstack install --allow-insecure-auth`.</source>
        <translation>Verwenden Sie eine https://-URL. Hat dieser Server kein https, setzen Sie &quot;allow_insecure_auth&quot;: true im Download-Schritt und starten Sie `dlstack install --allow-insecure-auth`.</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>ein Verzeichnis</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>eine Spezialdatei</translation>
    </message>
    <message>
        <source>%1, not a regular file; a file:// source must be a regular file</source>
        <translation>%1, keine normale Datei; eine file://-Quelle muss eine normale Datei sein</translation>
    </message>
</context>
<context>
    <name>DriverRule</name>
    <message>
        <source> (on the Windows side)</source>
        <translation> (auf der Windows-Seite)</translation>
    </message>
    <message>
        <source>The NVIDIA driver is installed but not loaded for %1.</source>
        <translation>Der NVIDIA-Treiber ist installiert, aber für %1 nicht geladen.</translation>
    </message>
    <message>
        <source>Reboot; if it stays unloaded, check `sudo dmesg | grep -i nvidia` (Secure Boot can block an unsigned module).</source>
        <translation>Starten Sie neu; bleibt er ungeladen, prüfen Sie `sudo dmesg | grep -i nvidia` (Secure Boot kann ein unsigniertes Modul blockieren).</translation>
    </message>
    <message>
        <source>No NVIDIA driver was found; CUDA %1 needs driver %2 or newer.</source>
        <translation>Es wurde kein NVIDIA-Treiber gefunden; CUDA %1 braucht Treiber %2 oder neuer.</translation>
    </message>
    <message>
        <source>Install %1 or newer%2 (Ubuntu: sudo ubuntu-drivers install), then reboot.</source>
        <translation>Installieren Sie %1 oder neuer%2 (Ubuntu: sudo ubuntu-drivers install) und starten Sie dann neu.</translation>
    </message>
    <message>
        <source>Install %1 or newer%2</source>
        <translation>Installieren Sie %1 oder neuer%2</translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>, or pick CUDA %1.</source>
        <translation>, oder wählen Sie CUDA %1.</translation>
    </message>
    <message>
        <source>CUDA %1 needs NVIDIA driver %2 or newer; you have %3.</source>
        <translation>CUDA %1 braucht NVIDIA-Treiber %2 oder neuer; Sie haben %3.</translation>
    </message>
    <message>
        <source>CUDA %1 needs NVIDIA driver %2 or newer for its full feature set (PTX JIT, the toolkit&apos;s own checks); you have %3, which runs it only through minor-version compatibility.</source>
        <translation>CUDA %1 braucht NVIDIA-Treiber %2 oder neuer für den vollen Funktionsumfang (PTX-JIT, die eigenen Prüfungen des Toolkits); Sie haben %3, der es nur über die Minor-Version-Kompatibilität ausführt.</translation>
    </message>
    <message>
        <source>Install %1 or newer%2.</source>
        <translation>Installieren Sie %1 oder neuer%2.</translation>
    </message>
    <message>
        <source>Install %1 or newer%2, or pick CUDA %3.</source>
        <translation>Installieren Sie %1 oder neuer%2, oder wählen Sie CUDA %3.</translation>
    </message>
    <message>
        <source>Driver %1 is older than CUDA %2&apos;s own driver %3; the wheels run through CUDA minor-version compatibility.</source>
        <translation>Treiber %1 ist älter als der eigene Treiber %3 von CUDA %2; die Wheels laufen über die CUDA-Minor-Version-Kompatibilität.</translation>
    </message>
    <message>
        <source>If kernels compiled at run time fail (PTX JIT), install %1 or newer.</source>
        <translation>Wenn zur Laufzeit kompilierte Kernel fehlschlagen (PTX-JIT), installieren Sie %1 oder neuer.</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>The plan kept in %1 could not be moved aside.</source>
        <translation>Der in %1 abgelegte Plan konnte nicht beiseite verschoben werden.</translation>
    </message>
    <message>
        <source>Check the permissions of %1.</source>
        <translation>Prüfen Sie die Berechtigungen von %1.</translation>
    </message>
</context>
<context>
    <name>EnvironmentRules</name>
    <message>
        <source>PyTorch %1 was built against NumPy 1.x, and the environment has numpy %2: &quot;A module that was compiled using NumPy 1.x cannot be run in NumPy 2.x&quot;.</source>
        <translation>PyTorch %1 wurde gegen NumPy 1.x gebaut, und die Umgebung hat numpy %2: „A module that was compiled using NumPy 1.x cannot be run in NumPy 2.x“.</translation>
    </message>
    <message>
        <source>pip install &quot;numpy&lt;2&quot; in the environment, or pick torch %1 or newer.</source>
        <translation>pip install &quot;numpy&lt;2&quot; in der Umgebung, oder wählen Sie torch %1 oder neuer.</translation>
    </message>
    <message>
        <source>PyTorch %1 needs NumPy 1.x; the new environment gets numpy&lt;2.</source>
        <translation>PyTorch %1 braucht NumPy 1.x; die neue Umgebung erhält numpy&lt;2.</translation>
    </message>
    <message>
        <source>Python %1 no longer ships distutils, which the build scripts of PyTorch %2 (made for Python up to %3) still import.</source>
        <translation>Python %1 liefert distutils nicht mehr mit, das die Build-Skripte von PyTorch %2 (gemacht für Python bis %3) noch importieren.</translation>
    </message>
    <message>
        <source>Use Python %1, or install setuptools in the build environment (it provides a distutils shim).</source>
        <translation>Verwenden Sie Python %1 oder installieren Sie setuptools in der Build-Umgebung (es stellt einen distutils-Ersatz bereit).</translation>
    </message>
</context>
<context>
    <name>ExistingEnvRule</name>
    <message>
        <source>its CUDA %1 needs driver %2, you have %3</source>
        <translation>sein CUDA %1 braucht Treiber %2, Sie haben %3</translation>
    </message>
    <message>
        <source>it has no kernels for %1 (%2)</source>
        <translation>es hat keine Kernel für %1 (%2)</translation>
    </message>
    <message>
        <source>The environment %1 is not in the profile, so its Python and packages are unknown.</source>
        <translation>Die Umgebung %1 ist nicht im Profil, daher sind ihr Python und ihre Pakete unbekannt.</translation>
    </message>
    <message>
        <source>Run `dlstack detect --env %1` and check again.</source>
        <translation>Führen Sie `dlstack detect --env %1` aus und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>The environment %1 holds torch %2, which cannot use this machine&apos;s GPU: %3.</source>
        <translation>Die Umgebung %1 enthält torch %2, das die GPU dieses Rechners nicht nutzen kann: %3.</translation>
    </message>
    <message>
        <source>The install replaces it; anything built against it must be rebuilt.</source>
        <translation>Die Installation ersetzt es; alles, was dagegen gebaut wurde, muss neu gebaut werden.</translation>
    </message>
    <message>
        <source>torch %1 is already installed in %2.</source>
        <translation>torch %1 ist bereits in %2 installiert.</translation>
    </message>
    <message>
        <source>The environment %1 holds torch %2; installing torch %3 replaces it.</source>
        <translation>Die Umgebung %1 enthält torch %2; die Installation von torch %3 ersetzt es.</translation>
    </message>
    <message>
        <source>Packages built against torch %1 (C++/CUDA extensions, apex) must be rebuilt; a new environment avoids that.</source>
        <translation>Gegen torch %1 gebaute Pakete (C++/CUDA-Erweiterungen, apex) müssen neu gebaut werden; eine neue Umgebung vermeidet das.</translation>
    </message>
</context>
<context>
    <name>FactSheet</name>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>The version could not be read.</source>
        <translation>Die Version konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Too old for any PyTorch release: the oldest one dlstack knows needs Python %1 or newer. A new environment gets a newer Python.</source>
        <translation>Zu alt für jedes PyTorch-Release: Das älteste, das dlstack kennt, braucht Python %1 oder neuer. Eine neue Umgebung bekommt ein neueres Python.</translation>
    </message>
    <message>
        <source>PyTorch %1 supports Python %2.</source>
        <translation>PyTorch %1 unterstützt Python %2.</translation>
    </message>
    <message>
        <source>Newer than any PyTorch release supports (up to Python %1); a new environment gets an older Python.</source>
        <translation>Neuer, als jedes PyTorch-Release unterstützt (bis Python %1); eine neue Umgebung bekommt ein älteres Python.</translation>
    </message>
    <message>
        <source>No PyTorch release dlstack knows supports Python %1.</source>
        <translation>Kein PyTorch-Release, das dlstack kennt, unterstützt Python %1.</translation>
    </message>
    <message>
        <source>driver not loaded</source>
        <translation>Treiber nicht geladen</translation>
    </message>
    <message>
        <source>no driver installed</source>
        <translation>kein Treiber installiert</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>For information.</source>
        <translation>Zur Information.</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source> (WSL)</source>
        <translation> (WSL)</translation>
    </message>
    <message>
        <source>Under WSL the GPU driver is Windows&apos;s; install it there.</source>
        <translation>Unter WSL ist der GPU-Treiber der von Windows; installieren Sie ihn dort.</translation>
    </message>
    <message>
        <source>CPU cores</source>
        <translation>CPU-Kerne</translation>
    </message>
    <message>
        <source>Sets MAX_JOBS of source builds with the memory.</source>
        <translation>Bestimmt mit dem Arbeitsspeicher MAX_JOBS von Source-Builds.</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Not reported by this profile.</source>
        <translation>Von diesem Profil nicht angegeben.</translation>
    </message>
    <message>
        <source>Under 8 GiB: a source build will be slow or run out of memory; prebuilt wheels are fine.</source>
        <translation>Unter 8 GiB: Ein Source-Build wird langsam oder läuft aus dem Speicher; vorgefertigte Wheels sind kein Problem.</translation>
    </message>
    <message>
        <source>Enough for prebuilt wheels and source builds.</source>
        <translation>Genug für vorgefertigte Wheels und Source-Builds.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Free disk</source>
        <translation>Freier Speicher</translation>
    </message>
    <message>
        <source>Under 10 GiB: even prebuilt wheels need about 10 GB. Free some space or install elsewhere.</source>
        <translation>Unter 10 GiB: Selbst vorgefertigte Wheels brauchen etwa 10 GB. Geben Sie Speicher frei oder installieren Sie anderswo.</translation>
    </message>
    <message>
        <source>Enough for prebuilt wheels; a source build needs about 40 GB.</source>
        <translation>Genug für vorgefertigte Wheels; ein Source-Build braucht etwa 40 GB.</translation>
    </message>
    <message>
        <source>Enough for a source build (about 40 GB).</source>
        <translation>Genug für einen Source-Build (etwa 40 GB).</translation>
    </message>
    <message>
        <source>Secure Boot</source>
        <translation>Secure Boot</translation>
    </message>
    <message>
        <source>Kernel modules such as the NVIDIA driver must be signed.</source>
        <translation>Kernelmodule wie der NVIDIA-Treiber müssen signiert sein.</translation>
    </message>
    <message>
        <source>Installs can fail or break until this is fixed.</source>
        <translation>Installationen können fehlschlagen oder Schaden anrichten, bis das behoben ist.</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <source>Without a GPU only CPU builds are offered.</source>
        <translation>Ohne GPU werden nur CPU-Builds angeboten.</translation>
    </message>
    <message>
        <source>compute capability %1</source>
        <translation>Compute Capability %1</translation>
    </message>
    <message>
        <source>MIG on</source>
        <translation>MIG an</translation>
    </message>
    <message>
        <source>unnamed %1 GPU</source>
        <translation>unbenannte %1-GPU</translation>
    </message>
    <message>
        <source>Blocks GPU installs until its driver works.</source>
        <translation>Blockiert GPU-Installationen, bis ihr Treiber funktioniert.</translation>
    </message>
    <message>
        <source>Found and usable.</source>
        <translation>Gefunden und nutzbar.</translation>
    </message>
    <message>
        <source>, supports CUDA up to %1</source>
        <translation>, unterstützt CUDA bis %1</translation>
    </message>
    <message>
        <source>, open kernel module</source>
        <translation>, offenes Kernelmodul</translation>
    </message>
    <message>
        <source>NVIDIA driver</source>
        <translation>NVIDIA-Treiber</translation>
    </message>
    <message>
        <source>Loaded.</source>
        <translation>Geladen.</translation>
    </message>
    <message>
        <source>CUDA builds up to %1 run with this driver.</source>
        <translation>CUDA-Builds bis %1 laufen mit diesem Treiber.</translation>
    </message>
    <message>
        <source>CUDA and ROCm</source>
        <translation>CUDA und ROCm</translation>
    </message>
    <message>
        <source>CUDA toolkit</source>
        <translation>CUDA-Toolkit</translation>
    </message>
    <message>
        <source>none installed</source>
        <translation>keines installiert</translation>
    </message>
    <message>
        <source>Prebuilt PyTorch wheels bring their own CUDA runtime; a source build installs a toolkit.</source>
        <translation>Vorgefertigte PyTorch-Wheels bringen ihre eigene CUDA-Runtime mit; ein Source-Build installiert ein Toolkit.</translation>
    </message>
    <message>
        <source>CUDA %1</source>
        <translation>CUDA %1</translation>
    </message>
    <message>
        <source>nvcc is missing: this toolkit cannot compile CUDA code.</source>
        <translation>nvcc fehlt: Dieses Toolkit kann keinen CUDA-Code kompilieren.</translation>
    </message>
    <message>
        <source>No NVIDIA GPU here: the toolkit can compile, but nothing can run on a GPU.</source>
        <translation>Hier gibt es keine NVIDIA-GPU: Das Toolkit kann kompilieren, aber nichts kann auf einer GPU laufen.</translation>
    </message>
    <message>
        <source>Usable for source builds and CUDA extensions.</source>
        <translation>Nutzbar für Source-Builds und CUDA-Erweiterungen.</translation>
    </message>
    <message>
        <source>cuDNN %1</source>
        <translation>cuDNN %1</translation>
    </message>
    <message>
        <source>No NVIDIA GPU here to use it.</source>
        <translation>Hier gibt es keine NVIDIA-GPU, die es nutzen könnte.</translation>
    </message>
    <message>
        <source>ROCm %1</source>
        <translation>ROCm %1</translation>
    </message>
    <message>
        <source>No AMD GPU here: ROCm can compile, but nothing can run on a GPU.</source>
        <translation>Hier gibt es keine AMD-GPU: ROCm kann kompilieren, aber nichts kann auf einer GPU laufen.</translation>
    </message>
    <message>
        <source>Compilers and tools</source>
        <translation>Compiler und Werkzeuge</translation>
    </message>
    <message>
        <source>C/C++ compiler</source>
        <translation>C/C++-Compiler</translation>
    </message>
    <message>
        <source>Only source builds need one; the plan installs it.</source>
        <translation>Nur Source-Builds brauchen einen; der Plan installiert ihn.</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source>Installed by a plan that needs it.</source>
        <translation>Wird von einem Plan installiert, der es braucht.</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Python %1</source>
        <translation>Python %1</translation>
    </message>
    <message>
        <source>built with CUDA %1</source>
        <translation>gebaut mit CUDA %1</translation>
    </message>
    <message>
        <source> (active)</source>
        <translation> (aktiv)</translation>
    </message>
    <message>
        <source>Its Python version is not known.</source>
        <translation>Ihre Python-Version ist unbekannt.</translation>
    </message>
    <message>
        <source>Usable as an existing environment: %1</source>
        <translation>Als vorhandene Umgebung nutzbar: %1</translation>
    </message>
    <message>
        <source>A new environment brings its own Python (conda) or needs python3 installed (venv).</source>
        <translation>Eine neue Umgebung bringt ihr eigenes Python mit (conda) oder braucht ein installiertes python3 (venv).</translation>
    </message>
    <message>
        <source>Problems while detecting</source>
        <translation>Probleme bei der Erkennung</translation>
    </message>
    <message>
        <source>This part of detection did not finish; the facts above may be incomplete.</source>
        <translation>Dieser Teil der Erkennung wurde nicht fertig; die Angaben oben können unvollständig sein.</translation>
    </message>
    <message numerus="yes">
        <source>Can create conda environments (%n environment(s) found).</source>
        <translation>
            <numerusform>Kann conda-Umgebungen anlegen (%n Umgebung gefunden).</numerusform>
            <numerusform>Kann conda-Umgebungen anlegen (%n Umgebungen gefunden).</numerusform>
        </translation>
    </message>
    <message>
        <source>Kernel headers</source>
        <translation>Kernel-Header</translation>
    </message>
    <message>
        <source>nouveau driver</source>
        <translation>nouveau-Treiber</translation>
    </message>
    <message>
        <source>Secure Boot and modules</source>
        <translation>Secure Boot und Module</translation>
    </message>
    <message>
        <source>CUDA on PATH</source>
        <translation>CUDA im PATH</translation>
    </message>
    <message>
        <source>Host problem</source>
        <translation>Problem des Rechners</translation>
    </message>
    <message>
        <source>Level Zero loader</source>
        <translation>Level-Zero-Loader</translation>
    </message>
    <message>
        <source>Level Zero GPU driver</source>
        <translation>Level-Zero-GPU-Treiber</translation>
    </message>
    <message>
        <source>Intel OpenCL</source>
        <translation>Intel OpenCL</translation>
    </message>
    <message>
        <source>Level Zero can reach it (PyTorch&apos;s XPU build); dlstack plans NVIDIA and AMD stacks only.</source>
        <translation>Level Zero kann sie ansprechen (der XPU-Build von PyTorch); dlstack plant nur NVIDIA- und AMD-Stacks.</translation>
    </message>
    <message>
        <source>Intel&apos;s compute runtime (libze_intel_gpu.so.1) is missing: install libze-intel-gpu1 or intel-level-zero-gpu for PyTorch&apos;s XPU build; dlstack plans NVIDIA and AMD stacks only.</source>
        <translation>Die Compute-Runtime von Intel (libze_intel_gpu.so.1) fehlt: Installieren Sie libze-intel-gpu1 oder intel-level-zero-gpu für den XPU-Build von PyTorch; dlstack plant nur NVIDIA- und AMD-Stacks.</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Activation command</source>
        <translation>Aktivierungsbefehl</translation>
    </message>
    <message>
        <source>Check command</source>
        <translation>Prüfbefehl</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the activation command</source>
        <translation>Den Aktivierungsbefehl kopieren</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>Ko&amp;pieren</translation>
    </message>
    <message>
        <source>Copy the check command</source>
        <translation>Den Prüfbefehl kopieren</translation>
    </message>
    <message>
        <source>&amp;Activate the environment in a terminal:</source>
        <translation>Die Umgebung in einem Terminal &amp;aktivieren:</translation>
    </message>
    <message>
        <source>&amp;Then check that PyTorch works:</source>
        <translation>&amp;Dann prüfen, ob PyTorch funktioniert:</translation>
    </message>
    <message>
        <source>%1 is installed.</source>
        <translation>%1 ist installiert.</translation>
    </message>
    <message>
        <source>%1 is planned but was not installed by this wizard. Once it is, use it like this:</source>
        <translation>%1 ist geplant, wurde aber nicht von diesem Assistenten installiert. Sobald es installiert ist, verwenden Sie es so:</translation>
    </message>
    <message>
        <source>Open the &amp;log…</source>
        <translation>&amp;Log öffnen…</translation>
    </message>
    <message>
        <source>Verification results</source>
        <translation>Ergebnisse der Prüfung</translation>
    </message>
    <message>
        <source>Open the install log in the log inspector</source>
        <translation>Das Installationsprotokoll im Protokollbetrachter öffnen</translation>
    </message>
    <message>
        <source>&amp;Verification on this machine:</source>
        <translation>P&amp;rüfung auf diesem Rechner:</translation>
    </message>
    <message>
        <source>No verification output was recorded.</source>
        <translation>Es wurde keine Ausgabe der Prüfung aufgezeichnet.</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; ran to the end.</source>
        <translation>Der Plan „%1“ ist vollständig durchgelaufen.</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; has not finished.</source>
        <translation>Der Plan „%1“ ist noch nicht fertig.</translation>
    </message>
</context>
<context>
    <name>GpuArchRule</name>
    <message>
        <source>pick the %1 wheels of torch %2 (they cover %3)</source>
        <translation>wählen Sie die %1-Wheels von torch %2 (sie decken %3 ab)</translation>
    </message>
    <message>
        <source>pick torch %1 with the %2 wheels</source>
        <translation>wählen Sie torch %1 mit den %2-Wheels</translation>
    </message>
    <message>
        <source>The compute capability of %1 is not known, so dlstack cannot tell whether the kernels cover it.</source>
        <translation>Die Compute Capability von %1 ist nicht bekannt, daher kann dlstack nicht sagen, ob die Kernel sie abdecken.</translation>
    </message>
    <message>
        <source>Look it up on https://developer.nvidia.com/cuda-gpus, or run the check on that machine with a working driver.</source>
        <translation>Schlagen Sie sie unter https://developer.nvidia.com/cuda-gpus nach oder führen Sie die Prüfung auf diesem Rechner mit einem funktionierenden Treiber aus.</translation>
    </message>
    <message>
        <source>No CUDA toolkit in the matrix targets %1.</source>
        <translation>Kein CUDA-Toolkit in der Matrix unterstützt %1.</translation>
    </message>
    <message>
        <source>Pick CUDA %1, which targets %2.</source>
        <translation>Wählen Sie CUDA %1, das %2 unterstützt.</translation>
    </message>
    <message>
        <source>CUDA %1 cannot compile for %2 (%3); its oldest target is %4.</source>
        <translation>CUDA %1 kann nicht für %2 (%3) kompilieren; sein ältestes Ziel ist %4.</translation>
    </message>
    <message>
        <source>CUDA %1 cannot compile for %2 (%3); its newest target is %4.</source>
        <translation>CUDA %1 kann nicht für %2 (%3) kompilieren; sein neuestes Ziel ist %4.</translation>
    </message>
    <message>
        <source>CUDA %1 deprecates %2; the next major CUDA drops it.</source>
        <translation>CUDA %1 markiert %2 als veraltet; das nächste Haupt-Release von CUDA entfernt es.</translation>
    </message>
    <message>
        <source>The chosen arch list (%1) has no code for %2 (%3).</source>
        <translation>Die gewählte Arch-Liste (%1) enthält keinen Code für %2 (%3).</translation>
    </message>
    <message>
        <source>Add %1 to TORCH_CUDA_ARCH_LIST.</source>
        <translation>Fügen Sie %1 zu TORCH_CUDA_ARCH_LIST hinzu.</translation>
    </message>
    <message>
        <source>To fix it, %1.</source>
        <translation>Zur Behebung %1.</translation>
    </message>
    <message>
        <source>Or build from source with CUDA %1 and TORCH_CUDA_ARCH_LIST=%2.</source>
        <translation>Oder bauen Sie aus dem Quellcode mit CUDA %1 und TORCH_CUDA_ARCH_LIST=%2.</translation>
    </message>
    <message>
        <source>The torch %1 %2 wheels have no native kernels for %3 (%4); they run by JIT-compiling PTX, which makes the first start slow and may miss kernels.</source>
        <translation>Die Wheels torch %1 %2 haben keine nativen Kernel für %3 (%4); sie laufen durch JIT-Kompilierung von PTX, was den ersten Start verlangsamt und Kernel verfehlen kann.</translation>
    </message>
    <message>
        <source>The torch %1 %2 wheels have kernels for %3, not for %4 (%5): PyTorch would fail with &quot;no kernel image is available for execution on the device&quot;.</source>
        <translation>Die Wheels torch %1 %2 haben Kernel für %3, nicht für %4 (%5): PyTorch würde mit „no kernel image is available for execution on the device“ fehlschlagen.</translation>
    </message>
    <message>
        <source>This arch list is not confirmed against the published wheels, so this is a warning: check with torch.cuda.get_arch_list() after installing.</source>
        <translation>Diese Architekturliste ist nicht an den veröffentlichten Wheels bestätigt, daher ist dies nur eine Warnung: Prüfen Sie nach der Installation mit torch.cuda.get_arch_list().</translation>
    </message>
</context>
<context>
    <name>HazardsRule</name>
    <message>
        <source>The open-source nouveau driver is loaded; the NVIDIA driver cannot be installed while it holds the GPU.</source>
        <translation>Der quelloffene nouveau-Treiber ist geladen; der NVIDIA-Treiber kann nicht installiert werden, solange dieser die GPU belegt.</translation>
    </message>
    <message>
        <source>Install the driver from your distribution&apos;s packages (they blacklist nouveau), or blacklist it, run sudo update-initramfs -u and reboot.</source>
        <translation>Installieren Sie den Treiber aus den Paketen Ihrer Distribution (sie setzen nouveau auf die Blacklist) oder setzen Sie ihn selbst auf die Blacklist, führen Sie sudo update-initramfs -u aus und starten Sie neu.</translation>
    </message>
    <message>
        <source>Secure Boot is on: a newly built NVIDIA kernel module must be signed, or it will not load.</source>
        <translation>Secure Boot ist aktiv: Ein neu gebautes NVIDIA-Kernelmodul muss signiert sein, sonst wird es nicht geladen.</translation>
    </message>
    <message>
        <source>Use your distribution&apos;s driver packages and enrol the MOK key when asked at the next boot, or disable Secure Boot.</source>
        <translation>Verwenden Sie die Treiberpakete Ihrer Distribution und registrieren Sie den MOK-Schlüssel, wenn Sie beim nächsten Start danach gefragt werden, oder deaktivieren Sie Secure Boot.</translation>
    </message>
    <message>
        <source>The headers of the running kernel are missing; DKMS cannot build the NVIDIA module without them.</source>
        <translation>Die Header des laufenden Kernels fehlen; DKMS kann das NVIDIA-Modul ohne sie nicht bauen.</translation>
    </message>
    <message>
        <source>sudo apt install linux-headers-$(uname -r) (or your distribution&apos;s kernel-devel package) before installing the driver.</source>
        <translation>sudo apt install linux-headers-$(uname -r) (oder das kernel-devel-Paket Ihrer Distribution) vor der Installation des Treibers.</translation>
    </message>
    <message>
        <source>The NVIDIA driver was installed both from packages and by a runfile; upgrades then leave mismatched libraries (&quot;Driver/library version mismatch&quot;).</source>
        <translation>Der NVIDIA-Treiber wurde sowohl aus Paketen als auch per Runfile installiert; Upgrades hinterlassen dann nicht zusammenpassende Bibliotheken („Driver/library version mismatch“).</translation>
    </message>
    <message>
        <source>Remove the runfile driver (sudo nvidia-uninstall) and keep the packaged one.</source>
        <translation>Entfernen Sie den Runfile-Treiber (sudo nvidia-uninstall) und behalten Sie den paketierten.</translation>
    </message>
    <message>
        <source>CUDA toolkits were installed both from packages and by runfiles; the build may pick up headers and libraries of different versions.</source>
        <translation>CUDA-Toolkits wurden sowohl aus Paketen als auch per Runfile installiert; der Build könnte Header und Bibliotheken verschiedener Versionen verwenden.</translation>
    </message>
    <message>
        <source>dlstack&apos;s plan sets CUDA_HOME explicitly; remove the toolkit you do not need to be safe.</source>
        <translation>Der Plan von dlstack setzt CUDA_HOME ausdrücklich; entfernen Sie zur Sicherheit das Toolkit, das Sie nicht brauchen.</translation>
    </message>
    <message>
        <source>Several CUDA toolkits are on PATH; the build could mix their nvcc and libraries.</source>
        <translation>Mehrere CUDA-Toolkits liegen im PATH; der Build könnte ihre nvcc und Bibliotheken mischen.</translation>
    </message>
    <message>
        <source>dlstack&apos;s plan sets CUDA_HOME and PATH for the build; in your shell, keep only one toolkit on PATH.</source>
        <translation>Der Plan von dlstack setzt CUDA_HOME und PATH für den Build; behalten Sie in Ihrer Shell nur ein Toolkit im PATH.</translation>
    </message>
</context>
<context>
    <name>HostProbe</name>
    <message>
        <source>The number of CPU cores could not be read from /proc/cpuinfo.</source>
        <translation>Die Anzahl der CPU-Kerne konnte nicht aus /proc/cpuinfo gelesen werden.</translation>
    </message>
    <message>
        <source>The memory size could not be read from /proc/meminfo.</source>
        <translation>Die Speichergröße konnte nicht aus /proc/meminfo gelesen werden.</translation>
    </message>
    <message>
        <source>The free space at %1 could not be measured.</source>
        <translation>Der freie Speicherplatz unter %1 konnte nicht gemessen werden.</translation>
    </message>
    <message>
        <source>Neither /etc/os-release nor /usr/lib/os-release could be read.</source>
        <translation>Weder /etc/os-release noch /usr/lib/os-release konnte gelesen werden.</translation>
    </message>
    <message>
        <source>The open-source nouveau driver is loaded; the NVIDIA driver cannot be installed while it is. Blacklist nouveau and reboot first.</source>
        <translation>Der quelloffene nouveau-Treiber ist geladen; der NVIDIA-Treiber kann nicht installiert werden, solange er geladen ist. Setzen Sie nouveau auf die Blacklist und starten Sie zuerst neu.</translation>
    </message>
    <message>
        <source>Secure Boot is on: an NVIDIA kernel module that is not signed with an enrolled key will be refused at load time.</source>
        <translation>Secure Boot ist aktiv: Ein NVIDIA-Kernelmodul, das nicht mit einem registrierten Schlüssel signiert ist, wird beim Laden abgelehnt.</translation>
    </message>
    <message>
        <source>No kernel headers for the running kernel %1: a driver install cannot build its module. Install linux-headers-%1.</source>
        <translation>Keine Kernel-Header für den laufenden Kernel %1: Eine Treiberinstallation kann ihr Modul nicht bauen. Installieren Sie linux-headers-%1.</translation>
    </message>
    <message>
        <source>Several CUDA toolkits are on PATH / LD_LIBRARY_PATH (%1): builds may mix nvcc and libraries of different versions.</source>
        <translation>Mehrere CUDA-Toolkits liegen in PATH / LD_LIBRARY_PATH (%1): Builds könnten nvcc und Bibliotheken verschiedener Versionen mischen.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Print the profile as JSON.</source>
        <translation>Das Profil als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Text files to read; - reads standard input.</source>
        <translation>Zu lesende Textdateien; - liest die Standardeingabe.</translation>
    </message>
    <message>
        <source>Name at least one file to import (or - for standard input).</source>
        <translation>Nennen Sie mindestens eine zu importierende Datei (oder - für die Standardeingabe).</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: longer than %2 MiB, and its first %2 MiB are in no format dlstack knows (a JSON text cut short cannot be read at all). Import a shorter excerpt.</source>
        <translation>%1: länger als %2 MiB, und die ersten %2 MiB sind in keinem Format, das dlstack kennt (ein abgeschnittener JSON-Text lässt sich gar nicht lesen). Importieren Sie einen kürzeren Auszug.</translation>
    </message>
    <message>
        <source>%1: not a format dlstack knows. It reads the output of collect_env, nvidia-smi, nvcc, rocminfo, conda info and the other tools listed in `dlstack import --help`.</source>
        <translation>%1: kein Format, das dlstack kennt. Es liest die Ausgabe von collect_env, nvidia-smi, nvcc, rocminfo, conda info und den anderen in `dlstack import --help` aufgeführten Werkzeugen.</translation>
    </message>
    <message>
        <source>%1: read as %2</source>
        <translation>%1: gelesen als %2</translation>
    </message>
    <message>
        <source>Builds a profile of another machine from text its owner sent: python -m torch.utils.collect_env (and vLLM&apos;s and SGLang&apos;s reports), nvidia-smi (table, csv, -q, -q -x), /proc/driver/nvidia/version, lspci, nvcc --version, rocminfo, rocm-smi (table, -i, --json), amd-smi static, ROCm&apos;s .info/version, hipcc --version, conda info (plain or --json), conda env list, environments.txt, cudnn_version.h, gcc --version, cmake --version, /etc/os-release. A file may hold several of them one after another.</source>
        <translation>Erstellt ein Profil eines anderen Rechners aus Text, den dessen Besitzer geschickt hat: python -m torch.utils.collect_env (sowie die Berichte von vLLM und SGLang), nvidia-smi (Tabelle, csv, -q, -q -x), /proc/driver/nvidia/version, lspci, nvcc --version, rocminfo, rocm-smi (Tabelle, -i, --json), amd-smi static, .info/version von ROCm, hipcc --version, conda info (einfach oder --json), conda env list, environments.txt, cudnn_version.h, gcc --version, cmake --version, /etc/os-release. Eine Datei darf mehrere davon nacheinander enthalten.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>any GPU</source>
        <translation>eine GPU</translation>
    </message>
    <message>
        <source>the driver version</source>
        <translation>die Treiberversion</translation>
    </message>
    <message>
        <source>all %1 attached GPUs (it lists %2)</source>
        <translation>alle %1 angeschlossenen GPUs (es werden %2 aufgeführt)</translation>
    </message>
    <message>
        <source>the PyTorch version</source>
        <translation>die PyTorch-Version</translation>
    </message>
    <message>
        <source>the CUDA release</source>
        <translation>das CUDA-Release</translation>
    </message>
    <message>
        <source>conda&apos;s version</source>
        <translation>die Version von conda</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>lines %1-%2</source>
        <translation>Zeilen %1-%2</translation>
    </message>
</context>
<context>
    <name>InstallPage</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Cancel install</source>
        <translation>Installation &amp;abbrechen</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installieren</translation>
    </message>
    <message>
        <source>Each stage can be rolled back on its own. The log shows every line of output.</source>
        <translation>Jede Stufe kann einzeln zurückgenommen werden. Das Log zeigt jede Ausgabezeile.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Install stages</source>
        <translation>Installationsstufen</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Gesamtfortschritt</translation>
    </message>
    <message>
        <source>Install log</source>
        <translation>Installationslog</translation>
    </message>
    <message>
        <source>Install status</source>
        <translation>Installationsstatus</translation>
    </message>
    <message>
        <source>Start the install</source>
        <translation>Die Installation starten</translation>
    </message>
    <message>
        <source>Cancel the install</source>
        <translation>Die Installation abbrechen</translation>
    </message>
    <message>
        <source>This build of dlstack cannot run installs yet.</source>
        <translation>Dieser Build von dlstack kann noch keine Installationen ausführen.</translation>
    </message>
    <message>
        <source>This build cannot run the install itself yet. Go on to see the activation command; run the stages above by hand or with the dlstack command line.</source>
        <translation>Dieser Build kann die Installation noch nicht selbst ausführen. Gehen Sie weiter, um den Aktivierungsbefehl zu sehen; führen Sie die obigen Stufen von Hand oder mit der dlstack-Befehlszeile aus.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Installed. Go on to see how to use it.</source>
        <translation>Installiert. Gehen Sie weiter, um zu sehen, wie Sie es verwenden.</translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>Wird installiert…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>Ro&amp;ll back stage…</source>
        <translation>S&amp;tufe zurücknehmen…</translation>
    </message>
    <message>
        <source>Install messages</source>
        <translation>Installationsmeldungen</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Roll back the selected stage</source>
        <translation>Die gewählte Stufe zurücknehmen</translation>
    </message>
    <message>
        <source>Removes what the selected stage created and restores what it changed.</source>
        <translation>Entfernt, was die gewählte Stufe angelegt hat, und stellt wieder her, was sie geändert hat.</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>A build started earlier is still running; showing it.</source>
        <translation>Ein früher gestarteter Build läuft noch; er wird angezeigt.</translation>
    </message>
    <message>
        <source>No plan could be made for these choices; go back and change them.</source>
        <translation>Für diese Auswahl ließ sich kein Plan erstellen; gehen Sie zurück und ändern Sie sie.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>An earlier run into this folder stopped part-way. Resume goes on from there (finished stages are kept); a stage can also be rolled back.</source>
        <translation>Ein früherer Lauf in diesen Ordner wurde unterwegs beendet. „Fortsetzen“ macht dort weiter (fertige Stufen bleiben erhalten); einzelne Stufen lassen sich auch zurücknehmen.</translation>
    </message>
    <message>
        <source>Press Start to begin. You can cancel at any time and resume later.</source>
        <translation>Drücken Sie „Start“. Sie können jederzeit abbrechen und später fortsetzen.</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>zurückgenommen</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>noch etwa %n Sekunde</numerusform>
            <numerusform>noch etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>noch etwa %n Minute</numerusform>
            <numerusform>noch etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>noch etwa %n Stunde</numerusform>
            <numerusform>noch etwa %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>The stage was rolled back.</source>
        <translation>Die Stufe wurde zurückgenommen.</translation>
    </message>
    <message>
        <source>The rollback did not finish: %1 Try it again; it continues where it stopped.</source>
        <translation>Das Zurücknehmen wurde nicht beendet: %1 Versuchen Sie es erneut; es macht dort weiter, wo es aufgehört hat.</translation>
    </message>
    <message>
        <source>Roll back &quot;%1&quot;?</source>
        <translation>„%1“ zurücknehmen?</translation>
    </message>
    <message>
        <source>The journal records nothing this stage left behind.</source>
        <translation>Laut Journal hat diese Stufe nichts hinterlassen.</translation>
    </message>
    <message>
        <source>This will:</source>
        <translation>Dabei wird:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Roll back a stage</source>
        <translation>Eine Stufe zurücknehmen</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Zurücknehmen</translation>
    </message>
    <message>
        <source>Rolling back…</source>
        <translation>Wird zurückgenommen…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause or continue the install</source>
        <translation>Die Installation pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>Fo&amp;rtfahren</translation>
    </message>
    <message>
        <source>Paused: the running program is stopped and no new step starts.</source>
        <translation>Pausiert: Das laufende Programm ist angehalten, und kein neuer Schritt beginnt.</translation>
    </message>
    <message>
        <source>Stops the running program or download until you continue.</source>
        <translation>Hält das laufende Programm oder den Download an, bis Sie fortfahren.</translation>
    </message>
    <message>
        <source>no progress for a while</source>
        <translation>seit einer Weile kein Fortschritt</translation>
    </message>
    <message>
        <source>Cancelled. Resume goes on from where it stopped; finished stages are kept.</source>
        <translation>Abgebrochen. „Fortsetzen“ macht dort weiter, wo es aufgehört hat; abgeschlossene Stufen bleiben erhalten.</translation>
    </message>
    <message>
        <source>“%1” failed: the log shows the line, the panel below it why. Fix it and press Resume; finished stages are kept.</source>
        <translation>„%1“ ist fehlgeschlagen: Das Protokoll zeigt die Zeile, der Bereich darunter den Grund. Beheben Sie den Fehler und klicken Sie auf „Fortsetzen“; abgeschlossene Stufen bleiben erhalten.</translation>
    </message>
    <message>
        <source>The install stopped. Press Resume to go on; finished stages are kept.</source>
        <translation>Die Installation wurde angehalten. Klicken Sie auf „Fortsetzen“, um weiterzumachen; abgeschlossene Stufen bleiben erhalten.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>InstallWizard</name>
    <message>
        <source>dlstack — set up a deep-learning stack</source>
        <translation>dlstack — einen Deep-Learning-Stack einrichten</translation>
    </message>
    <message>
        <source>Settin&amp;gs…</source>
        <translation>Einstellun&amp;gen…</translation>
    </message>
    <message>
        <source>A build is running</source>
        <translation>Ein Build läuft</translation>
    </message>
    <message>
        <source>The install is still running. It can keep running without this window: open dlstack again to see it, or to resume or roll back once it has stopped.</source>
        <translation>Die Installation läuft noch. Sie kann ohne dieses Fenster weiterlaufen: Öffnen Sie dlstack erneut, um sie zu sehen oder um sie nach dem Ende fortzusetzen oder zurückzunehmen.</translation>
    </message>
    <message>
        <source>&amp;Keep building in the background</source>
        <translation>Im &amp;Hintergrund weiterbauen</translation>
    </message>
    <message>
        <source>&amp;Stop the build</source>
        <translation>Build &amp;anhalten</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>Stack</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installieren</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Abschluss</translation>
    </message>
</context>
<context>
    <name>LogInspector</name>
    <message>
        <source>Search the log</source>
        <comment>placeholder of the log search field</comment>
        <translation>Das Log durchsuchen</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Errors and warnings only</source>
        <translation>Nur Fehler und Warnungen</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Jump to root cause</source>
        <translation>Zur Ursache springen</translation>
    </message>
    <message>
        <source>Copy diagnosis</source>
        <translation>Diagnose kopieren</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <comment>status after indexing</comment>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>no match</source>
        <translation>kein Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 lines shown</source>
        <translation>%1 von %2 Zeilen angezeigt</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <comment>diagnosis list entry</comment>
        <translation>%1 (Zeile %2)</translation>
    </message>
    <message>
        <source>No known cause of failure was found in this log.</source>
        <translation>In diesem Log wurde keine bekannte Fehlerursache gefunden.</translation>
    </message>
    <message>
        <source>Unpacking %1…</source>
        <translation>%1 wird entpackt…</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>Log wird gelesen…</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>wird gesucht…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>Wird gefiltert…</translation>
    </message>
    <message>
        <source>Looking for the cause of the failure…</source>
        <translation>Ursache des Fehlers wird gesucht…</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <source>Rule %1, line %2</source>
        <translation>Regel %1, Zeile %2</translation>
    </message>
    <message>
        <source>Why: %1
What to do: %2
</source>
        <translation>Warum: %1
Was zu tun ist: %2
</translation>
    </message>
    <message>
        <source>The diagnosis follows the build&apos;s output.</source>
        <translation>Die Diagnose verfolgt die Ausgabe des Builds.</translation>
    </message>
    <message>
        <source>Following %1</source>
        <translation>Verfolge %1</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Line %1:</source>
        <translation>Zeile %1:</translation>
    </message>
</context>
<context>
    <name>LogInspectorWindow</name>
    <message>
        <source>dlstack log inspector</source>
        <translation>dlstack-Log-Inspektor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open log…</source>
        <translation>Log ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a build log</source>
        <translation>Ein Build-Log öffnen</translation>
    </message>
    <message>
        <source>Logs (*.log *.txt *.gz *.xz);;All files (*)</source>
        <translation>Logs (*.log *.txt *.gz *.xz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>%1 — dlstack log inspector</source>
        <translation>%1 — dlstack-Log-Inspektor</translation>
    </message>
</context>
<context>
    <name>LogReader</name>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>Standard input is a device, not a log.</source>
        <translation>Die Standardeingabe ist ein Gerät, kein Log.</translation>
    </message>
    <message>
        <source>Redirect a log file or a program&apos;s output to dlstack instead.</source>
        <translation>Leiten Sie stattdessen eine Logdatei oder die Ausgabe eines Programms an dlstack weiter.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a log.</source>
        <translation>%1 ist ein Ordner, kein Log.</translation>
    </message>
    <message>
        <source>Name the log file inside it.</source>
        <translation>Nennen Sie die Logdatei darin.</translation>
    </message>
    <message>
        <source>%1 is a device, not a log; reading it might never end.</source>
        <translation>%1 ist ein Gerät, kein Log; das Lesen könnte nie enden.</translation>
    </message>
    <message>
        <source>Save the output to a file first, or pipe it into `dlstack diagnose -`.</source>
        <translation>Speichern Sie die Ausgabe zuerst in einer Datei, oder leiten Sie sie in `dlstack diagnose -`.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Check the file name and that you may read the file.</source>
        <translation>Prüfen Sie den Dateinamen und ob Sie die Datei lesen dürfen.</translation>
    </message>
    <message>
        <source>No program wrote to the FIFO %1 within %2 s.</source>
        <translation>Kein Programm hat innerhalb von %2 s in den FIFO %1 geschrieben.</translation>
    </message>
    <message>
        <source>Start the program that writes the log into the FIFO, or pass a saved log file.</source>
        <translation>Starten Sie das Programm, das das Log in den FIFO schreibt, oder geben Sie eine gespeicherte Logdatei an.</translation>
    </message>
    <message>
        <source>Stopped reading %1: nothing new came for %2 s while the writer kept it open. The lines read so far were diagnosed.</source>
        <translation>Lesen von %1 beendet: %2 s lang kam nichts Neues, obwohl der Schreiber ihn offen hielt. Die bisher gelesenen Zeilen wurden diagnostiziert.</translation>
    </message>
    <message>
        <source>Pass --idle-timeout 0 to wait until the writer closes it.</source>
        <translation>Mit --idle-timeout 0 wird gewartet, bis der Schreiber ihn schließt.</translation>
    </message>
    <message>
        <source>Reading %1 was interrupted; the lines read so far were diagnosed.</source>
        <translation>Das Lesen von %1 wurde unterbrochen; die bisher gelesenen Zeilen wurden diagnostiziert.</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>Build log</source>
        <translation>Build-Log</translation>
    </message>
</context>
<context>
    <name>MatrixBundle</name>
    <message>
        <source>The matrix bundle is refused: %1</source>
        <translation>Das Matrix-Bündel wird abgelehnt: %1</translation>
    </message>
    <message>
        <source>The version data in use is unchanged. Get a complete bundle made for this dlstack (docs/matrix-format.md, &quot;Matrix bundles&quot;).</source>
        <translation>Die verwendeten Versionsdaten bleiben unverändert. Besorgen Sie ein vollständiges Bündel für diese dlstack-Version (docs/matrix-format.md, „Matrix bundles“).</translation>
    </message>
    <message>
        <source>%1: %2: %3: %4</source>
        <translation>%1: %2: %3: %4</translation>
    </message>
    <message>
        <source>file %1, record %2, field %3</source>
        <translation>Datei %1, Eintrag %2, Feld %3</translation>
    </message>
    <message>
        <source>CUDA %1 (variant %2) is not a toolkit of cuda.json</source>
        <translation>CUDA %1 (Variante %2) ist kein Toolkit aus cuda.json</translation>
    </message>
    <message>
        <source>ROCm %1 (variant %2) is not a release of rocm.json</source>
        <translation>ROCm %1 (Variante %2) ist keine Version aus rocm.json</translation>
    </message>
    <message>
        <source>The installed bundle %1 is not used: %2</source>
        <translation>Das installierte Bündel %1 wird nicht verwendet: %2</translation>
    </message>
    <message>
        <source>The installed bundle %1 (version %2) is not newer than the built-in data; it is not used.</source>
        <translation>Das installierte Bündel %1 (Version %2) ist nicht neuer als die eingebauten Daten; es wird nicht verwendet.</translation>
    </message>
    <message>
        <source>installed bundle %1 from %2 (sha256 %3)</source>
        <translation>installiertes Bündel %1 aus %2 (sha256 %3)</translation>
    </message>
    <message>
        <source>built-in version %1</source>
        <translation>eingebaute Version %1</translation>
    </message>
    <message>
        <source>it is not complete JSON (%1 at line %2, column %3 of %4 bytes); it may have been cut short while downloading</source>
        <translation>es ist kein vollständiges JSON (%1 in Zeile %2, Spalte %3 von %4 Bytes); vermutlich wurde es beim Herunterladen abgeschnitten</translation>
    </message>
    <message>
        <source>field &quot;format&quot; is not &quot;%1&quot;; this is not a dlstack matrix bundle</source>
        <translation>Feld „format“ ist nicht „%1“; das ist kein dlstack-Matrix-Bündel</translation>
    </message>
    <message>
        <source>field &quot;schema&quot; is missing or not a number</source>
        <translation>Feld „schema“ fehlt oder ist keine Zahl</translation>
    </message>
    <message>
        <source>it has schema %1, this dlstack reads schema %2; a newer dlstack is needed</source>
        <translation>es hat Schema %1, diese dlstack-Version liest Schema %2; eine neuere dlstack-Version wird benötigt</translation>
    </message>
    <message>
        <source>schema %1 is not known to this dlstack (it reads schema %2)</source>
        <translation>Schema %1 ist dieser dlstack-Version unbekannt (sie liest Schema %2)</translation>
    </message>
    <message>
        <source>field &quot;data_version&quot; must be a date like 2026-12-31</source>
        <translation>Feld „data_version“ muss ein Datum wie 2026-12-31 sein</translation>
    </message>
    <message>
        <source>files.%1: not a file of the version matrix (%2)</source>
        <translation>files.%1: keine Datei der Versionsmatrix (%2)</translation>
    </message>
    <message>
        <source>files.%1: missing or not an object</source>
        <translation>files.%1: fehlt oder ist kein Objekt</translation>
    </message>
    <message>
        <source>its sha256 is %1, not the pinned %2</source>
        <translation>seine sha256 ist %1, nicht die festgelegte %2</translation>
    </message>
    <message>
        <source>its data version %1 is not newer than the built-in data (version %2)</source>
        <translation>seine Datenversion %1 ist nicht neuer als die eingebauten Daten (Version %2)</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Das Verzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the matrix bundle to %1: %2</source>
        <translation>Das Matrix-Bündel kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The version data in use is unchanged.</source>
        <translation>Die verwendeten Versionsdaten bleiben unverändert.</translation>
    </message>
    <message>
        <source>Cannot remove the matrix bundle %1: %2</source>
        <translation>Das Matrix-Bündel %1 kann nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>MatrixCommand</name>
    <message>
        <source> (experimental: %1)</source>
        <translation> (experimentell: %1)</translation>
    </message>
    <message>
        <source>Python %1</source>
        <translation>Python %1</translation>
    </message>
    <message>
        <source>arch %1</source>
        <translation>Arch %1</translation>
    </message>
    <message>
        <source>gfx %1</source>
        <translation>gfx %1</translation>
    </message>
    <message>
        <source>source build: gcc &gt;= %1, C++%2, CMake &gt;= %3%4</source>
        <translation>Build aus dem Quellcode: gcc &gt;= %1, C++%2, CMake &gt;= %3%4</translation>
    </message>
    <message>
        <source>(no minimum)</source>
        <translation>(kein Minimum)</translation>
    </message>
    <message>
        <source>not confirmed: %1</source>
        <translation>nicht bestätigt: %1</translation>
    </message>
    <message>
        <source>Lists the tested PyTorch releases with their CUDA/ROCm/CPU wheels, Python range, companions and source-build requirements. * marks the variant plain `pip install torch` gets.</source>
        <translation>Listet die getesteten PyTorch-Releases mit ihren CUDA/ROCm/CPU-Wheels, dem Python-Bereich, Begleitpaketen und den Anforderungen für Builds aus dem Quellcode auf. * markiert die Variante, die ein einfaches `pip install torch` erhält.</translation>
    </message>
    <message>
        <source>Only this release (&quot;2.4&quot; means the newest 2.4.x).</source>
        <translation>Nur dieses Release („2.4“ bedeutet das neueste 2.4.x).</translation>
    </message>
    <message>
        <source>Print the records as JSON (docs/matrix-format.md).</source>
        <translation>Die Einträge als JSON ausgeben (docs/matrix-format.md).</translation>
    </message>
    <message>
        <source>matrix takes no arguments; use --torch V.</source>
        <translation>matrix nimmt keine Argumente an; verwenden Sie --torch V.</translation>
    </message>
    <message>
        <source>PyTorch %1 is not in the tested matrix (%2 to %3).</source>
        <translation>PyTorch %1 ist nicht in der getesteten Matrix (%2 bis %3).</translation>
    </message>
    <message>
        <source>Cannot read the matrix bundle %1: %2</source>
        <translation>Das Matrix-Bündel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The version data in use is unchanged.</source>
        <translation>Die verwendeten Versionsdaten bleiben unverändert.</translation>
    </message>
    <message>
        <source>Cannot create a temporary directory: %1</source>
        <translation>Es kann kein temporäres Verzeichnis angelegt werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the downloaded bundle %1: %2</source>
        <translation>Das heruntergeladene Bündel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Installs a newer version matrix bundle (docs/matrix-format.md) from a file or a URL, after checking it completely; commands then use the newer of the built-in and the installed data. --remove goes back to the built-in data.</source>
        <translation>Installiert ein neueres Bündel der Versionsmatrix (docs/matrix-format.md) aus einer Datei oder von einer URL, nachdem es vollständig geprüft wurde; die Befehle verwenden danach die neueren der eingebauten und der installierten Daten. --remove kehrt zu den eingebauten Daten zurück.</translation>
    </message>
    <message>
        <source>Refuse the bundle unless its sha256 is HEX.</source>
        <translation>Das Bündel ablehnen, wenn seine sha256 nicht HEX ist.</translation>
    </message>
    <message>
        <source>Remove the installed bundle; use the built-in data.</source>
        <translation>Das installierte Bündel entfernen; die eingebauten Daten verwenden.</translation>
    </message>
    <message>
        <source>Print the data now in use as JSON.</source>
        <translation>Die nun verwendeten Daten als JSON ausgeben.</translation>
    </message>
    <message>
        <source>The bundle: a path, or an http(s):// or file:// URL.</source>
        <translation>Das Bündel: ein Pfad oder eine http(s)://- oder file://-URL.</translation>
    </message>
    <message>
        <source>matrix update --remove takes no bundle and no --sha256.</source>
        <translation>matrix update --remove nimmt kein Bündel und kein --sha256.</translation>
    </message>
    <message>
        <source>Removed the installed bundle; now using %1.</source>
        <translation>Das installierte Bündel wurde entfernt; verwendet wird nun %1.</translation>
    </message>
    <message>
        <source>No bundle was installed; using %1.</source>
        <translation>Es war kein Bündel installiert; verwendet wird %1.</translation>
    </message>
    <message>
        <source>matrix update takes one bundle (a file or a URL), or --remove.</source>
        <translation>matrix update nimmt ein Bündel (eine Datei oder eine URL) oder --remove.</translation>
    </message>
    <message>
        <source>--sha256 takes 64 hex digits.</source>
        <translation>--sha256 nimmt 64 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>Installed; now using %1.</source>
        <translation>Installiert; verwendet wird nun %1.</translation>
    </message>
    <message>
        <source>Say which data is in use: the built-in data or an installed bundle.</source>
        <translation>Angeben, welche Daten verwendet werden: die eingebauten Daten oder ein installiertes Bündel.</translation>
    </message>
    <message>
        <source>`dlstack matrix update --help`: install a newer bundle.</source>
        <translation>`dlstack matrix update --help`: ein neueres Bündel installieren.</translation>
    </message>
    <message>
        <source>Version data in use: %1</source>
        <translation>Verwendete Versionsdaten: %1</translation>
    </message>
</context>
<context>
    <name>ModulefileExporter</name>
    <message>
        <source>The plan &quot;%1&quot; writes no activation script; a modulefile would have nothing to load.</source>
        <translation>Der Plan „%1“ schreibt kein Aktivierungsskript; ein Modulefile hätte nichts zu laden.</translation>
    </message>
    <message>
        <source>Plan with dlstack plan (its activation stage writes &lt;prefix&gt;/activate), or add a write_file step for &quot;activate&quot; to the plan.</source>
        <translation>Planen Sie mit dlstack plan (dessen Aktivierungsstufe &lt;prefix&gt;/activate schreibt), oder fügen Sie dem Plan einen write_file-Schritt für „activate“ hinzu.</translation>
    </message>
</context>
<context>
    <name>NvidiaProbe</name>
    <message>
        <source>nvidia-smi did not answer within %1 seconds; the driver or a GPU may be hung. Check `sudo dmesg | grep -i -e nvrm -e xid`; a reboot usually clears it.</source>
        <translation>nvidia-smi hat nicht innerhalb von %1 Sekunden geantwortet; der Treiber oder eine GPU hängt möglicherweise. Prüfen Sie `sudo dmesg | grep -i -e nvrm -e xid`; ein Neustart behebt es meist.</translation>
    </message>
    <message>
        <source>nvidia-smi failed (exit code %1) and printed no GPU: %2</source>
        <translation>nvidia-smi ist fehlgeschlagen (Exit-Code %1) und hat keine GPU ausgegeben: %2</translation>
    </message>
    <message>
        <source>This looks like a Jetson board: %1 is an L4T release, not a desktop driver version. Use NVIDIA JetPack to install CUDA on it.</source>
        <translation>Dies scheint ein Jetson-Board zu sein: %1 ist ein L4T-Release, keine Desktop-Treiberversion. Verwenden Sie NVIDIA JetPack, um CUDA darauf zu installieren.</translation>
    </message>
</context>
<context>
    <name>NvidiaSmiParser</name>
    <message>
        <source>nvidia-smi cannot talk to the NVIDIA driver: the kernel module is not loaded. Install the NVIDIA driver (or reinstall it for the running kernel) and reboot; inside a container, start it with the NVIDIA container runtime (--gpus all).</source>
        <translation>nvidia-smi kann nicht mit dem NVIDIA-Treiber kommunizieren: Das Kernelmodul ist nicht geladen. Installieren Sie den NVIDIA-Treiber (oder installieren Sie ihn für den laufenden Kernel neu) und starten Sie neu; in einem Container starten Sie diesen mit der NVIDIA Container Runtime (--gpus all).</translation>
    </message>
    <message>
        <source>nvidia-smi found no NVIDIA GPU. The driver is loaded but did not take the card: check `sudo dmesg | grep -i nvrm` (a driver too old for the GPU, or an open-module requirement) and install a driver that supports this GPU.</source>
        <translation>nvidia-smi hat keine NVIDIA-GPU gefunden. Der Treiber ist geladen, hat die Karte aber nicht übernommen: Prüfen Sie `sudo dmesg | grep -i nvrm` (ein für die GPU zu alter Treiber oder eine Anforderung an das offene Modul) und installieren Sie einen Treiber, der diese GPU unterstützt.</translation>
    </message>
    <message>
        <source>The NVIDIA driver was updated but the old kernel module is still loaded (driver/library version mismatch). Reboot to load the new driver.</source>
        <translation>Der NVIDIA-Treiber wurde aktualisiert, aber das alte Kernelmodul ist noch geladen (Treiber-/Bibliotheksversionskonflikt). Starten Sie neu, um den neuen Treiber zu laden.</translation>
    </message>
    <message>
        <source>This nvidia-smi is too old to report some fields (such as the compute capability).</source>
        <translation>Dieses nvidia-smi ist zu alt, um einige Felder zu melden (etwa die Compute Capability).</translation>
    </message>
</context>
<context>
    <name>Nvml</name>
    <message>
        <source>libnvidia-ml.so.1 could not be loaded (%1).</source>
        <translation>libnvidia-ml.so.1 konnte nicht geladen werden (%1).</translation>
    </message>
    <message>
        <source>libnvidia-ml.so.1 lacks the functions dlstack needs (a driver older than R418?).</source>
        <translation>libnvidia-ml.so.1 fehlen die Funktionen, die dlstack benötigt (ein Treiber älter als R418?).</translation>
    </message>
    <message>
        <source>NVML did not start (error %1): the NVIDIA driver is not loaded or does not match the library.</source>
        <translation>NVML ist nicht gestartet (Fehler %1): Der NVIDIA-Treiber ist nicht geladen oder passt nicht zur Bibliothek.</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>New &amp;venv</source>
        <translation>Neues &amp;venv</translation>
    </message>
    <message>
        <source>New &amp;conda environment</source>
        <translation>Neue co&amp;nda-Umgebung</translation>
    </message>
    <message>
        <source>E&amp;xisting environment:</source>
        <translation>&amp;Bestehende Umgebung:</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Where to install and how. The defaults suit most machines.</source>
        <translation>Wohin und wie installiert wird. Die Standardwerte passen für die meisten Rechner.</translation>
    </message>
    <message>
        <source>Install folder</source>
        <translation>Installationsordner</translation>
    </message>
    <message>
        <source>Free space in the install folder</source>
        <translation>Freier Speicherplatz im Installationsordner</translation>
    </message>
    <message>
        <source>Existing environment</source>
        <translation>Bestehende Umgebung</translation>
    </message>
    <message>
        <source>Environment name</source>
        <translation>Name der Umgebung</translation>
    </message>
    <message>
        <source>GPU architecture list</source>
        <translation>GPU-Architekturliste</translation>
    </message>
    <message>
        <source>Parallel compile jobs</source>
        <translation>Parallele Compile-Jobs</translation>
    </message>
    <message>
        <source>Compiler cache</source>
        <translation>Compiler-Cache</translation>
    </message>
    <message>
        <source>Package mirror URL</source>
        <translation>URL des Paket-Mirrors</translation>
    </message>
    <message>
        <source>Offline package folder</source>
        <translation>Offline-Paketordner</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Problem with the options</source>
        <translation>Problem mit den Optionen</translation>
    </message>
    <message>
        <source>e.g. 8.6;8.9 — empty: this machine&apos;s GPUs</source>
        <translation>z. B. 8.6;8.9 — leer: die GPUs dieses Rechners</translation>
    </message>
    <message>
        <source>e.g. https://mirror.example.org/pypi/simple</source>
        <translation>z. B. https://mirror.example.org/pypi/simple</translation>
    </message>
    <message>
        <source>e.g. http://proxy.example.org:3128</source>
        <translation>z. B. http://proxy.example.org:3128</translation>
    </message>
    <message>
        <source>environment name</source>
        <translation>Name der Umgebung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the install folder</source>
        <translation>Den Installationsordner wählen</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Choose the offline package folder</source>
        <translation>Den Offline-Paketordner wählen</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Extras</source>
        <translation>Extras</translation>
    </message>
    <message>
        <source>NVIDIA Apex is built from source against the installed PyTorch.</source>
        <translation>NVIDIA Apex wird aus dem Quellcode gegen das installierte PyTorch gebaut.</translation>
    </message>
    <message>
        <source>Source build</source>
        <translation>Build aus dem Quellcode</translation>
    </message>
    <message>
        <source>&amp;Arch list:</source>
        <translation>&amp;Arch-Liste:</translation>
    </message>
    <message>
        <source>MAX_&amp;JOBS:</source>
        <translation>MAX_&amp;JOBS:</translation>
    </message>
    <message>
        <source>Compiler cac&amp;he:</source>
        <translation>Compiler-&amp;Cache:</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>&amp;Mirror:</source>
        <translation>&amp;Mirror:</translation>
    </message>
    <message>
        <source>Off&amp;line folder:</source>
        <translation>O&amp;ffline-Ordner:</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>Install &amp;folder:</source>
        <translation>Insta&amp;llationsordner:</translation>
    </message>
    <message>
        <source>No venv or conda environment was found.</source>
        <translation>Es wurde keine venv- oder conda-Umgebung gefunden.</translation>
    </message>
    <message>
        <source>Free space: unknown.</source>
        <translation>Freier Speicherplatz: unbekannt.</translation>
    </message>
    <message>
        <source>Choose an install folder with a full path, such as %1.</source>
        <translation>Wählen Sie einen Installationsordner mit vollständigem Pfad, etwa %1.</translation>
    </message>
    <message>
        <source>%1 has only %2 MiB free; this install needs about %3 MiB.</source>
        <translation>%1 hat nur %2 MiB frei; diese Installation braucht etwa %3 MiB.</translation>
    </message>
    <message>
        <source>Give the new environment a name.</source>
        <translation>Geben Sie der neuen Umgebung einen Namen.</translation>
    </message>
    <message>
        <source>distcc hosts</source>
        <translation>distcc-Rechner</translation>
    </message>
    <message>
        <source>e.g. 10.0.0.5/16 10.0.0.6/16 — empty: ~/.distcc/hosts</source>
        <translation>z. B. 10.0.0.5/16 10.0.0.6/16 — leer: ~/.distcc/hosts</translation>
    </message>
    <message>
        <source>distcc hos&amp;ts:</source>
        <translation>distcc-&amp;Rechner:</translation>
    </message>
    <message>
        <source>The opencv-python-headless wheel; with a CUDA source build, OpenCV is built with CUDA too.</source>
        <translation>Das Wheel opencv-python-headless; bei einem CUDA-Quellbau wird OpenCV ebenfalls mit CUDA gebaut.</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>Planning for %1: where the plan installs on that machine, and how.</source>
        <translation>Planung für %1: wo und wie der Plan auf jenem Rechner installiert.</translation>
    </message>
    <message>
        <source>Loo&amp;k in a folder…</source>
        <translation>In einem Ordner suc&amp;hen…</translation>
    </message>
    <message>
        <source>Choose the folder of an existing environment</source>
        <translation>Ordner einer bestehenden Umgebung wählen</translation>
    </message>
    <message>
        <source>A venv or conda environment that was not found on its own.</source>
        <translation>Eine venv- oder conda-Umgebung, die nicht von selbst gefunden wurde.</translation>
    </message>
    <message>
        <source>Folder of an existing environment</source>
        <translation>Ordner einer bestehenden Umgebung</translation>
    </message>
    <message>
        <source>chosen on the Options page</source>
        <translation>auf der Seite „Optionen“ gewählt</translation>
    </message>
    <message>
        <source>%1 is not a Python environment: it has neither pyvenv.cfg (venv) nor conda-meta (conda).</source>
        <translation>%1 ist keine Python-Umgebung: Es gibt dort weder pyvenv.cfg (venv) noch conda-meta (conda).</translation>
    </message>
    <message>
        <source>%1 free; the space needed is known once these choices make a plan.</source>
        <translation>%1 frei; der benötigte Platz steht fest, sobald diese Auswahl einen Plan ergibt.</translation>
    </message>
    <message>
        <source>%1 free; about %2 needed.</source>
        <translation>%1 frei; etwa %2 benötigt.</translation>
    </message>
    <message>
        <source>Only %1 free; about %2 needed. Choose another folder or free some space.</source>
        <translation>Nur %1 frei; etwa %2 benötigt. Wählen Sie einen anderen Ordner oder schaffen Sie Platz.</translation>
    </message>
</context>
<context>
    <name>OsRelease</name>
    <message>
        <source>%1 has no ID= line; the distribution is unknown.</source>
        <translation>%1 hat keine ID=-Zeile; die Distribution ist unbekannt.</translation>
    </message>
</context>
<context>
    <name>PackageProbe</name>
    <message>
        <source>The NVIDIA driver was installed both with NVIDIA&apos;s .run installer and from packages (%1). Remove one of them (nvidia-uninstall, or apt purge) before installing another driver.</source>
        <translation>Der NVIDIA-Treiber wurde sowohl mit dem .run-Installer von NVIDIA als auch aus Paketen (%1) installiert. Entfernen Sie einen davon (nvidia-uninstall oder apt purge), bevor Sie einen anderen Treiber installieren.</translation>
    </message>
    <message>
        <source>CUDA %1 was installed both with the .run installer and from packages; their files overwrite each other. Keep one of them.</source>
        <translation>CUDA %1 wurde sowohl mit dem .run-Installer als auch aus Paketen installiert; ihre Dateien überschreiben sich gegenseitig. Behalten Sie nur eine davon.</translation>
    </message>
</context>
<context>
    <name>PathGuard</name>
    <message>
        <source>Could not look at %1.</source>
        <translation>%1 konnte nicht untersucht werden.</translation>
    </message>
    <message>
        <source>Check the permissions of the directories on the way.</source>
        <translation>Prüfen Sie die Berechtigungen der Verzeichnisse auf dem Weg.</translation>
    </message>
</context>
<context>
    <name>PciProbe</name>
    <message>
        <source>The NVIDIA GPU %1 is driven by nouveau, which cannot run CUDA. Install the NVIDIA driver; it blacklists nouveau, then reboot.</source>
        <translation>Die NVIDIA-GPU %1 wird von nouveau betrieben, das kein CUDA ausführen kann. Installieren Sie den NVIDIA-Treiber (er setzt nouveau auf die Blacklist) und starten Sie dann neu.</translation>
    </message>
    <message>
        <source>The NVIDIA GPU %1 has no driver. Install the NVIDIA driver (for example `sudo ubuntu-drivers install`) and reboot.</source>
        <translation>Die NVIDIA-GPU %1 hat keinen Treiber. Installieren Sie den NVIDIA-Treiber (zum Beispiel `sudo ubuntu-drivers install`) und starten Sie neu.</translation>
    </message>
    <message>
        <source>The NVIDIA GPU %1 is bound to %2 (passed through or reserved), not to the NVIDIA driver.</source>
        <translation>Die NVIDIA-GPU %1 ist an %2 gebunden (durchgereicht oder reserviert), nicht an den NVIDIA-Treiber.</translation>
    </message>
    <message>
        <source>The NVIDIA driver is loaded but did not take the GPU %1. `sudo dmesg | grep -i nvrm` tells why (often a driver too old for the card, or one that needs the open kernel module).</source>
        <translation>Der NVIDIA-Treiber ist geladen, hat die GPU %1 aber nicht übernommen. `sudo dmesg | grep -i nvrm` nennt den Grund (oft ein für die Karte zu alter Treiber oder einer, der das offene Kernelmodul braucht).</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>Mirror base URL or offline directory.</source>
        <translation>Basis-URL des Mirrors oder Offline-Verzeichnis.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>run as root first: %1</source>
        <translation>zuerst als root ausführen: %1</translation>
    </message>
    <message>
        <source>warning: the mirror directory %1 has no %2; the install will fetch it from its URL (run `dlstack bundle` where there is a network to fill the directory).</source>
        <translation>Warnung: Im Spiegelverzeichnis %1 fehlt %2; die Installation lädt es von seiner URL (füllen Sie das Verzeichnis mit `dlstack bundle` dort, wo es Netz gibt).</translation>
    </message>
    <message>
        <source>once installed, activate it with: %1</source>
        <translation>nach der Installation aktivieren Sie sie mit: %1</translation>
    </message>
    <message>
        <source>With --format sbatch: the Slurm partition (default: the cluster&apos;s).</source>
        <translation>Mit --format sbatch: die Slurm-Partition (Standard: die des Clusters).</translation>
    </message>
    <message>
        <source>--partition goes with --format sbatch.</source>
        <translation>--partition gehört zu --format sbatch.</translation>
    </message>
    <message>
        <source>needs: internet (%1); downloads about %2 (%3)</source>
        <translation>braucht: Internet (%1); lädt etwa %2 herunter (%3)</translation>
    </message>
    <message>
        <source>needs: no internet (everything comes from the offline folder)</source>
        <translation>braucht: kein Internet (alles kommt aus dem Offline-Ordner)</translation>
    </message>
    <message>
        <source>needs: about %1 of disk in %2, %3 on this machine (`dlstack preflight PLAN.json` checks the servers)</source>
        <translation>braucht: etwa %1 Plattenplatz in %2, %3 auf diesem Rechner (`dlstack preflight PLAN.json` prüft die Server)</translation>
    </message>
    <message>
        <source>Plans a PyTorch installation for this machine and writes it as a plan, a bash script, a Dockerfile, a Slurm batch job, an Ansible playbook or an Lmod modulefile.</source>
        <translation>Plant eine PyTorch-Installation für diesen Rechner und schreibt sie als Plan, Bash-Skript, Dockerfile, Slurm-Batch-Job, Ansible-Playbook oder Lmod-Modulefile.</translation>
    </message>
    <message>
        <source>Install folder (default: ~/dlstack/&lt;stack&gt;, e.g. ~/dlstack/torch-2.4.1-cu124); a relative path is taken from here.</source>
        <translation>Installationsordner (Standard: ~/dlstack/&lt;stack&gt;, z. B. ~/dlstack/torch-2.4.1-cu124); ein relativer Pfad gilt ab dem aktuellen Ordner.</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output (with --format ansible: into this directory).</source>
        <translation>In diese Datei statt auf die Standardausgabe schreiben (mit --format ansible: in dieses Verzeichnis).</translation>
    </message>
    <message>
        <source>json (default), bash, dockerfile, sbatch (a Slurm batch job), ansible (a playbook for many hosts, needs -o DIR) or modulefile (Lmod).</source>
        <translation>json (Standard), bash, dockerfile, sbatch (ein Slurm-Batch-Job), ansible (ein Playbook für viele Hosts, benötigt -o DIR) oder modulefile (Lmod).</translation>
    </message>
    <message>
        <source>Unknown --format %1 (json, bash, dockerfile, sbatch, ansible, modulefile).</source>
        <translation>Unbekanntes --format %1 (json, bash, dockerfile, sbatch, ansible, modulefile).</translation>
    </message>
    <message>
        <source>--format ansible writes several files (site.yml, inventory.ini, plan.json, selection.json): name a directory with -o DIR.</source>
        <translation>--format ansible schreibt mehrere Dateien (site.yml, inventory.ini, plan.json, selection.json): Geben Sie mit -o DIR ein Verzeichnis an.</translation>
    </message>
    <message>
        <source>note: no stack named, so the recommended one for this machine: %1 (`dlstack recommend` lists the others; --torch and the other options choose).</source>
        <translation>Hinweis: kein Stack genannt, daher der für diesen Rechner empfohlene: %1 (`dlstack recommend` listet die anderen; --torch und die übrigen Optionen wählen).</translation>
    </message>
    <message>
        <source>No stack was named and none can be recommended for this machine; name one with --torch (see `dlstack matrix`).</source>
        <translation>Es wurde kein Stack genannt, und für diesen Rechner lässt sich keiner empfehlen; nennen Sie einen mit --torch (siehe `dlstack matrix`).</translation>
    </message>
    <message>
        <source>prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>prefix: %1 (the default; --prefix DIR for another)</source>
        <translation>Präfix: %1 (Standard; --prefix DIR für einen anderen)</translation>
    </message>
    <message>
        <source>The directory %1 cannot be made.</source>
        <translation>Das Verzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>wrote %1 into %2; list the hosts in inventory.ini, then: ansible-playbook -i %3 %4</source>
        <translation>%1 nach %2 geschrieben; tragen Sie die Hosts in inventory.ini ein, dann: ansible-playbook -i %3 %4</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
</context>
<context>
    <name>PlanLoader</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>Fix the JSON syntax at that position.</source>
        <translation>Korrigieren Sie die JSON-Syntax an dieser Stelle.</translation>
    </message>
    <message>
        <source>Correct the field &quot;%1&quot; (see docs/plan-format.md).</source>
        <translation>Korrigieren Sie das Feld „%1“ (siehe docs/plan-format.md).</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>must be an object of strings</source>
        <translation>muss ein Objekt aus Zeichenketten sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>the path contains the control character %1; a path must be printable text</source>
        <translation>der Pfad enthält das Steuerzeichen %1; ein Pfad muss druckbarer Text sein</translation>
    </message>
    <message>
        <source>the path contains the control character %1 (stage &quot;%2&quot;); a path must be printable text</source>
        <translation>der Pfad enthält das Steuerzeichen %1 (Stufe „%2“); ein Pfad muss druckbarer Text sein</translation>
    </message>
    <message>
        <source>path &quot;%1&quot; leaves the install prefix and the download cache</source>
        <translation>Pfad „%1“ verlässt das Installationspräfix und den Download-Cache</translation>
    </message>
    <message>
        <source>path &quot;%1&quot; is the install prefix or the download cache itself; name a path inside it</source>
        <translation>Pfad „%1“ ist das Installationspräfix oder der Download-Cache selbst; nennen Sie einen Pfad darin</translation>
    </message>
    <message>
        <source>path &quot;%1&quot; is inside %2/.dlstack, where dlstack keeps its journal, logs and backups; no step may write there</source>
        <translation>Pfad „%1“ liegt in %2/.dlstack, wo dlstack Journal, Logs und Sicherungen ablegt; kein Schritt darf dort schreiben</translation>
    </message>
    <message>
        <source>must be a whole number of at least 1</source>
        <translation>muss eine ganze Zahl von mindestens 1 sein</translation>
    </message>
    <message>
        <source>must be a number of at least 1</source>
        <translation>muss eine Zahl von mindestens 1 sein</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
    <message>
        <source>a plan must be a JSON object</source>
        <translation>ein Plan muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>this dlstack reads schema %1 only</source>
        <translation>dieses dlstack liest nur Schema %1</translation>
    </message>
    <message>
        <source>must be an absolute path</source>
        <translation>muss ein absoluter Pfad sein</translation>
    </message>
    <message>
        <source>the root directory cannot be an install prefix</source>
        <translation>das Wurzelverzeichnis kann kein Installationspräfix sein</translation>
    </message>
    <message>
        <source>the root directory cannot be a cache</source>
        <translation>das Wurzelverzeichnis kann kein Cache sein</translation>
    </message>
    <message>
        <source>must not hold %1, where dlstack keeps its journal</source>
        <translation>darf %1 nicht enthalten, wo dlstack sein Journal ablegt</translation>
    </message>
    <message>
        <source>inside %1 only as %1/cache</source>
        <translation>innerhalb von %1 nur als %1/cache</translation>
    </message>
    <message>
        <source>must be an object (a machine profile)</source>
        <translation>muss ein Objekt sein (ein Rechnerprofil)</translation>
    </message>
    <message>
        <source>must be a list of stages</source>
        <translation>muss eine Liste von Stufen sein</translation>
    </message>
    <message>
        <source>a stage must be an object</source>
        <translation>eine Stufe muss ein Objekt sein</translation>
    </message>
    <message>
        <source>stage id &quot;%1&quot; is used twice</source>
        <translation>Stufen-ID „%1“ wird doppelt verwendet</translation>
    </message>
    <message>
        <source>use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only</source>
        <translation>nur Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; verwenden</translation>
    </message>
    <message>
        <source>must be a list of steps</source>
        <translation>muss eine Liste von Schritten sein</translation>
    </message>
    <message>
        <source>a step must be an object</source>
        <translation>ein Schritt muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be 64 hexadecimal digits</source>
        <translation>muss aus 64 Hexadezimalziffern bestehen</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to 16</source>
        <translation>muss eine ganze Zahl von 0 bis 16 sein</translation>
    </message>
    <message>
        <source>a ref cannot start with &apos;-&apos;</source>
        <translation>eine Ref darf nicht mit &apos;-&apos; beginnen</translation>
    </message>
    <message>
        <source>a URL cannot start with &apos;-&apos;</source>
        <translation>eine URL darf nicht mit &apos;-&apos; beginnen</translation>
    </message>
    <message>
        <source>must be a list of arguments, not a shell string</source>
        <translation>muss eine Liste von Argumenten sein, keine Shell-Zeichenkette</translation>
    </message>
    <message>
        <source>required list of arguments is missing</source>
        <translation>erforderliche Argumentliste fehlt</translation>
    </message>
    <message>
        <source>must name a program first</source>
        <translation>muss zuerst ein Programm nennen</translation>
    </message>
    <message>
        <source>unknown progress parser &quot;%1&quot;</source>
        <translation>unbekannter Fortschritts-Parser „%1“</translation>
    </message>
    <message>
        <source>must be an octal mode such as &quot;0644&quot;</source>
        <translation>muss ein oktaler Modus wie &quot;0644&quot; sein</translation>
    </message>
    <message>
        <source>unknown step kind &quot;%1&quot; (known: download, extract, git, run, write_file)</source>
        <translation>unbekannte Schrittart „%1“ (bekannt: download, extract, git, run, write_file)</translation>
    </message>
    <message>
        <source>must start with https://, http:// or file://</source>
        <translation>muss mit https://, http:// oder file:// beginnen</translation>
    </message>
    <message>
        <source>must be a list of URLs</source>
        <translation>muss eine Liste von URLs sein</translation>
    </message>
    <message>
        <source>must be a URL or an object with &quot;url&quot; and &quot;credential&quot;</source>
        <translation>muss eine URL oder ein Objekt mit &quot;url&quot; und &quot;credential&quot; sein</translation>
    </message>
    <message>
        <source>a credential is sent to http(s) servers only, not to a file:// URL</source>
        <translation>Zugangsdaten werden nur an http(s)-Server gesendet, nicht an eine file://-URL</translation>
    </message>
    <message>
        <source>a credential would be sent over plain http://; use https://, or set &quot;allow_insecure_auth&quot;: true and run `dlstack install --allow-insecure-auth`</source>
        <translation>Zugangsdaten würden über unverschlüsseltes http:// gesendet; verwenden Sie https://, oder setzen Sie &quot;allow_insecure_auth&quot;: true und starten Sie `dlstack install --allow-insecure-auth`</translation>
    </message>
    <message>
        <source>the credentials &quot;%1&quot; and &quot;%2&quot; are both named for %3; name one</source>
        <translation>die Zugangsdaten „%1“ und „%2“ sind beide für %3 angegeben; nennen Sie eine</translation>
    </message>
    <message>
        <source>Could not read the plan %1.</source>
        <translation>Der Plan %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Check the path and its permissions.</source>
        <translation>Prüfen Sie den Pfad und seine Berechtigungen.</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>The mirror directory %1 does not exist.</source>
        <translation>Das Mirror-Verzeichnis %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Check the path given to --mirror, or run `dlstack bundle` to fill it.</source>
        <translation>Prüfen Sie den für --mirror angegebenen Pfad oder führen Sie `dlstack bundle` aus, um es zu füllen.</translation>
    </message>
    <message>
        <source>The prefix %1 is not writable (checked %2).</source>
        <translation>Das Präfix %1 ist nicht beschreibbar (geprüft: %2).</translation>
    </message>
    <message>
        <source>Choose a prefix in your home directory, or make it writable for your user.</source>
        <translation>Wählen Sie ein Präfix in Ihrem Home-Verzeichnis oder machen Sie es für Ihren Benutzer beschreibbar.</translation>
    </message>
    <message>
        <source>Not enough free space for %1: %2 MiB free, about %3 MiB needed.</source>
        <translation>Nicht genug freier Speicherplatz für %1: %2 MiB frei, etwa %3 MiB benötigt.</translation>
    </message>
    <message>
        <source>Free some space or choose a prefix on a larger disk.</source>
        <translation>Schaffen Sie Platz oder wählen Sie ein Präfix auf einem größeren Datenträger.</translation>
    </message>
    <message>
        <source>the image</source>
        <translation>das Image</translation>
    </message>
    <message>
        <source>the profile&apos;s machine</source>
        <translation>der Rechner des Profils</translation>
    </message>
    <message>
        <source>A CUDA source build for %1 needs the GPUs it is for, and the profile names no NVIDIA GPU with its compute capability.</source>
        <translation>Ein CUDA-Build aus dem Quellcode für %1 braucht die GPUs, für die er bestimmt ist, und das Profil nennt keine NVIDIA-GPU mit ihrer Compute Capability.</translation>
    </message>
    <message>
        <source>Name the architectures with --arch-list, e.g. --arch-list &quot;8.0;8.6;9.0+PTX&quot;.</source>
        <translation>Geben Sie die Architekturen mit --arch-list an, z. B. --arch-list &quot;8.0;8.6;9.0+PTX&quot;.</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>No plan could be made.</source>
        <translation>Es konnte kein Plan erstellt werden.</translation>
    </message>
    <message>
        <source>This plan is made for another machine (%1), not for this one.</source>
        <translation>Dieser Plan ist für einen anderen Rechner (%1) gemacht, nicht für diesen.</translation>
    </message>
    <message>
        <source>Export it and run it there, or detect this machine again to plan for it.</source>
        <translation>Exportieren Sie ihn und führen Sie ihn dort aus, oder erkennen Sie diesen Rechner neu, um für ihn zu planen.</translation>
    </message>
</context>
<context>
    <name>PreflightCommand</name>
    <message>
        <source>Says what the install of a plan downloads, per stage and in all, and whether the servers it downloads from answer from this machine (through the proxy of https_proxy, http_proxy and no_proxy, or the plan&apos;s).</source>
        <translation>Sagt, was die Installation eines Plans herunterlädt, je Stufe und insgesamt, und ob die Server, von denen sie lädt, von diesem Rechner aus antworten (über den Proxy aus https_proxy, http_proxy und no_proxy oder den des Plans).</translation>
    </message>
    <message>
        <source>The plan file (JSON).</source>
        <translation>Die Plandatei (JSON).</translation>
    </message>
    <message>
        <source>Only list what is downloaded; do not contact any server.</source>
        <translation>Nur auflisten, was heruntergeladen wird; keinen Server kontaktieren.</translation>
    </message>
    <message>
        <source>Seconds to wait for each server (default 8).</source>
        <translation>Sekunden Wartezeit je Server (Standard 8).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Usage: dlstack preflight PLAN.json [--no-network] [--timeout S] [--json]</source>
        <translation>Aufruf: dlstack preflight PLAN.json [--no-network] [--timeout S] [--json]</translation>
    </message>
    <message>
        <source>What the install of %1 downloads:</source>
        <translation>Was die Installation von %1 herunterlädt:</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>about %1 from %2</source>
        <translation>etwa %1 von %2</translation>
    </message>
    <message>
        <source>Nothing is downloaded from the internet; the install can run offline.</source>
        <translation>Nichts wird aus dem Internet geladen; die Installation kann offline laufen.</translation>
    </message>
    <message>
        <source>In all: about %1 from %2.</source>
        <translation>Insgesamt: etwa %1 von %2.</translation>
    </message>
</context>
<context>
    <name>ProcessExplainer</name>
    <message>
        <source>%1 was not found.</source>
        <translation>%1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Install %1 or add its directory to PATH.</source>
        <translation>Installieren Sie %1 oder fügen Sie sein Verzeichnis zu PATH hinzu.</translation>
    </message>
    <message>
        <source>%1 could not be started.</source>
        <translation>%1 konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Check that %1 is executable and not damaged.</source>
        <translation>Prüfen Sie, ob %1 ausführbar und nicht beschädigt ist.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s and was stopped.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet und wurde beendet.</translation>
    </message>
    <message>
        <source>The program hangs; for nvidia-smi this usually means the driver is stuck. Reboot, or reload the driver, and try again.</source>
        <translation>Das Programm hängt; bei nvidia-smi bedeutet das meist, dass der Treiber blockiert ist. Starten Sie neu oder laden Sie den Treiber neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 crashed.</source>
        <translation>%1 ist abgestürzt.</translation>
    </message>
    <message>
        <source>%1 failed with exit code %2.</source>
        <translation>%1 ist mit Exit-Code %2 fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>ProcessInstallDriver</name>
    <message>
        <source>No plan could be made for these choices.</source>
        <translation>Für diese Auswahl ließ sich kein Plan erstellen.</translation>
    </message>
    <message>
        <source>A dlstack job is already running in %1; following it.</source>
        <translation>In %1 läuft bereits ein dlstack-Auftrag; er wird verfolgt.</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>restore %1 as it was before</source>
        <translation>%1 im vorherigen Zustand wiederherstellen</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>%1 ausführen</translation>
    </message>
    <message>
        <source>Could not start %1.</source>
        <translation>%1 konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The dlstack process ended without finishing (was it killed?). Start again to resume.</source>
        <translation>Der dlstack-Prozess endete, ohne fertig zu werden (wurde er beendet?). Starten Sie erneut, um fortzusetzen.</translation>
    </message>
</context>
<context>
    <name>ProfileBuilder</name>
    <message>
        <source>The probe failed: %1</source>
        <translation>Die Prüfung ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ProfileModel</name>
    <message>
        <source>Fact</source>
        <translation>Fakt</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>PythonProbe</name>
    <message>
        <source>%1 did not report a version.</source>
        <translation>%1 hat keine Version gemeldet.</translation>
    </message>
</context>
<context>
    <name>PythonRule</name>
    <message>
        <source>No Python interpreter was found for a new venv.</source>
        <translation>Für ein neues venv wurde kein Python-Interpreter gefunden.</translation>
    </message>
    <message>
        <source>Install python3 and python3-venv, or use a new conda environment.</source>
        <translation>Installieren Sie python3 und python3-venv oder verwenden Sie eine neue conda-Umgebung.</translation>
    </message>
    <message>
        <source>Create a new environment with Python %1 to %2</source>
        <translation>Eine neue Umgebung mit Python %1 bis %2 erstellen</translation>
    </message>
    <message>
        <source>Use Python %1 to %2 (a new conda environment can install it)</source>
        <translation>Python %1 bis %2 verwenden (eine neue conda-Umgebung kann es installieren)</translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>, or pick torch %1, which supports Python %2.</source>
        <translation>, oder wählen Sie torch %1, das Python %2 unterstützt.</translation>
    </message>
    <message>
        <source>PyTorch %1 has Linux wheels for Python %2 to %3, not for %4.</source>
        <translation>PyTorch %1 hat Linux-Wheels für Python %2 bis %3, nicht für %4.</translation>
    </message>
    <message>
        <source>Python %1 support in PyTorch %2 is experimental.</source>
        <translation>Die Unterstützung für Python %1 in PyTorch %2 ist experimentell.</translation>
    </message>
    <message>
        <source>Use Python %1 for a supported setup.</source>
        <translation>Verwenden Sie Python %1 für eine unterstützte Einrichtung.</translation>
    </message>
    <message>
        <source>Building PyTorch %1 from source needs Python %2 or newer; the environment has %3.</source>
        <translation>Der Build von PyTorch %1 aus dem Quellcode braucht Python %2 oder neuer; die Umgebung hat %3.</translation>
    </message>
    <message>
        <source>Use Python %1 or newer.</source>
        <translation>Verwenden Sie Python %1 oder neuer.</translation>
    </message>
    <message>
        <source>Python %1 is not installed on this machine, and a venv needs it.</source>
        <translation>Python %1 ist auf diesem Rechner nicht installiert, und ein venv braucht es.</translation>
    </message>
    <message>
        <source>Use a new conda environment (it installs Python %1), or install python%1 and python%1-venv.</source>
        <translation>Verwenden Sie eine neue conda-Umgebung (sie installiert Python %1) oder installieren Sie python%1 und python%1-venv.</translation>
    </message>
</context>
<context>
    <name>RawRecorder</name>
    <message>
        <source>Could not save the raw outputs to %1.</source>
        <translation>Die Rohausgaben konnten nicht nach %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Choose a writable directory.</source>
        <translation>Wählen Sie ein beschreibbares Verzeichnis.</translation>
    </message>
</context>
<context>
    <name>RecommendCommand</name>
    <message>
        <source>Proposes PyTorch selections that work on this machine (or a saved or imported profile), best first, each with its reason.</source>
        <translation>Schlägt PyTorch-Auswahlen vor, die auf diesem Rechner (oder einem gespeicherten oder importierten Profil) funktionieren, die beste zuerst, jeweils mit Begründung.</translation>
    </message>
    <message>
        <source>At most N proposals (default 5).</source>
        <translation>Höchstens N Vorschläge (Standard 5).</translation>
    </message>
    <message>
        <source>Print the proposals as JSON.</source>
        <translation>Die Vorschläge als JSON ausgeben.</translation>
    </message>
    <message>
        <source>recommend takes --limit N (a positive number) and no positional arguments.</source>
        <translation>recommend nimmt --limit N (eine positive Zahl) und keine Positionsargumente an.</translation>
    </message>
    <message>
        <source>`dlstack plan` without options plans the first one into %1.</source>
        <translation>`dlstack plan` ohne Optionen plant den ersten nach %1.</translation>
    </message>
</context>
<context>
    <name>ReplayRunner</name>
    <message>
        <source>%1 is not a saved detection.</source>
        <translation>%1 ist keine gespeicherte Erkennung.</translation>
    </message>
    <message>
        <source>Pass the directory written by `dlstack detect --save-raw DIR`.</source>
        <translation>Geben Sie das von `dlstack detect --save-raw DIR` geschriebene Verzeichnis an.</translation>
    </message>
</context>
<context>
    <name>ResourcesRule</name>
    <message>
        <source>This machine has %1 GiB of memory; building PyTorch needs about 3 GB per compile job and more to link, so the build will be slow or run out of memory.</source>
        <translation>Dieser Rechner hat %1 GiB Arbeitsspeicher; der Build von PyTorch braucht etwa 3 GB pro Compile-Job und mehr zum Linken, daher wird der Build langsam sein oder der Speicher ausgehen.</translation>
    </message>
    <message>
        <source>Add swap, use MAX_JOBS=1, or use prebuilt wheels.</source>
        <translation>Fügen Sie Swap hinzu, verwenden Sie MAX_JOBS=1 oder vorgefertigte Wheels.</translation>
    </message>
    <message>
        <source>MAX_JOBS=%1 needs about %2 GB of memory; this machine has %3 GiB, so compiler jobs would be killed (&quot;Killed signal terminated program cc1plus&quot;).</source>
        <translation>MAX_JOBS=%1 braucht etwa %2 GB Arbeitsspeicher; dieser Rechner hat %3 GiB, daher würden Compiler-Jobs beendet („Killed signal terminated program cc1plus“).</translation>
    </message>
    <message>
        <source>Use MAX_JOBS=%1.</source>
        <translation>Verwenden Sie MAX_JOBS=%1.</translation>
    </message>
    <message>
        <source>MAX_JOBS=%1 fits %2 cores and %3 GiB of memory (about 3 GB per job).</source>
        <translation>MAX_JOBS=%1 passt zu %2 Kernen und %3 GiB Arbeitsspeicher (etwa 3 GB pro Job).</translation>
    </message>
    <message>
        <source>the install location</source>
        <translation>der Installationsort</translation>
    </message>
    <message>
        <source>This install needs about %1 GB of free disk at %2; there are %3 GB.</source>
        <translation>Diese Installation braucht etwa %1 GB freien Speicherplatz unter %2; vorhanden sind %3 GB.</translation>
    </message>
    <message>
        <source>Free some space, or install to a larger disk (--prefix).</source>
        <translation>Schaffen Sie Platz oder installieren Sie auf einen größeren Datenträger (--prefix).</translation>
    </message>
    <message>
        <source>This install needs about %1 GB of free disk at %2; only %3 GB are free.</source>
        <translation>Diese Installation braucht etwa %1 GB freien Speicherplatz unter %2; nur %3 GB sind frei.</translation>
    </message>
    <message>
        <source>Free some space first; pip and build caches grow during the install.</source>
        <translation>Schaffen Sie zuerst Platz; pip- und Build-Caches wachsen während der Installation.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Export &amp;plan…</source>
        <translation>&amp;Plan exportieren…</translation>
    </message>
    <message>
        <source>Export ba&amp;sh script…</source>
        <translation>&amp;Bash-Skript exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Dockerfile…</source>
        <translation>&amp;Dockerfile exportieren…</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>Check the summary. Nothing has been changed on this machine yet.</source>
        <translation>Prüfen Sie die Zusammenfassung. Auf diesem Rechner wurde noch nichts geändert.</translation>
    </message>
    <message>
        <source>Summary of the install</source>
        <translation>Zusammenfassung der Installation</translation>
    </message>
    <message>
        <source>Export the plan as JSON</source>
        <translation>Den Plan als JSON exportieren</translation>
    </message>
    <message>
        <source>Export the plan as a bash script</source>
        <translation>Den Plan als Bash-Skript exportieren</translation>
    </message>
    <message>
        <source>Export the plan as a Dockerfile</source>
        <translation>Den Plan als Dockerfile exportieren</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Blockierend</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>Apex is compiled from source even with prebuilt PyTorch wheels; it needs a CUDA toolkit matching CUDA %1.</source>
        <translation>Apex wird auch bei vorgefertigten PyTorch-Wheels aus dem Quellcode kompiliert; es braucht ein zu CUDA %1 passendes CUDA-Toolkit.</translation>
    </message>
    <message>
        <source>Installing into an existing environment replaces its torch packages; a rollback restores them.</source>
        <translation>Eine Installation in eine bestehende Umgebung ersetzt deren torch-Pakete; ein Rollback stellt sie wieder her.</translation>
    </message>
    <message>
        <source>Both an offline folder and a mirror are set; the offline folder is tried first.</source>
        <translation>Sowohl ein Offline-Ordner als auch ein Mirror sind gesetzt; der Offline-Ordner wird zuerst versucht.</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>Stack</translation>
    </message>
    <message>
        <source>PyTorch</source>
        <translation>PyTorch</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>Nur CPU</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Weg</translation>
    </message>
    <message>
        <source>build from source</source>
        <translation>Build aus dem Quellcode</translation>
    </message>
    <message>
        <source>prebuilt wheels</source>
        <translation>vorgefertigte Wheels</translation>
    </message>
    <message>
        <source>Package index</source>
        <translation>Paketindex</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Install folder</source>
        <translation>Installationsordner</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>existing: %1</source>
        <translation>bestehend: %1</translation>
    </message>
    <message>
        <source>new conda environment %1</source>
        <translation>neue conda-Umgebung %1</translation>
    </message>
    <message>
        <source>new venv %1</source>
        <translation>neues venv %1</translation>
    </message>
    <message>
        <source>Extras</source>
        <translation>Extras</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Arch list</source>
        <translation>Arch-Liste</translation>
    </message>
    <message>
        <source>MAX_JOBS</source>
        <translation>MAX_JOBS</translation>
    </message>
    <message>
        <source>Compiler cache</source>
        <translation>Compiler-Cache</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Mirror</translation>
    </message>
    <message>
        <source>Offline folder</source>
        <translation>Offline-Ordner</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>&amp;Installieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>There is no plan to export for these choices.</source>
        <translation>Für diese Auswahl gibt es keinen Plan zum Exportieren.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>Run these as root first (dlstack never does):</source>
        <translation>Führen Sie diese Befehle zuerst als root aus (dlstack tut das nie):</translation>
    </message>
    <message>
        <source>No plan could be made.</source>
        <translation>Es ließ sich kein Plan erstellen.</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>etwa %n Minute</numerusform>
            <numerusform>etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>etwa %n Stunde</numerusform>
            <numerusform>etwa %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Time: %1 in all on this machine. A rough estimate from typical build work and MAX_JOBS; the Install page measures the real pace.</source>
        <translation>Zeit: insgesamt %1 auf diesem Rechner. Eine grobe Schätzung aus typischem Bauaufwand und MAX_JOBS; die Installationsseite misst das tatsächliche Tempo.</translation>
    </message>
    <message>
        <source>The offline folder has no %1; the install will try to download it.</source>
        <translation>Im Offline-Ordner fehlt %1; die Installation versucht, es herunterzuladen.</translation>
    </message>
    <message>
        <source>The version matrix is not loaded.</source>
        <translation>Die Versionsmatrix ist nicht geladen.</translation>
    </message>
    <message>
        <source>Blocker: %1</source>
        <translation>Blocker: %1</translation>
    </message>
    <message>
        <source>Blocker: %1 — %2</source>
        <translation>Blocker: %1 — %2</translation>
    </message>
    <message>
        <source>No Dockerfile could be made.</source>
        <translation>Es konnte kein Dockerfile erstellt werden.</translation>
    </message>
    <message>
        <source>Planning for %1. Nothing is installed here: export the plan, the script or the Dockerfile and run it on that machine.</source>
        <translation>Planung für %1. Hier wird nichts installiert: Exportieren Sie den Plan, das Skript oder das Dockerfile und führen Sie es auf jenem Rechner aus.</translation>
    </message>
    <message>
        <source>An install of this plan has already started in %1; the Install page shows where it stands.</source>
        <translation>Eine Installation dieses Plans hat in %1 bereits begonnen; die Installationsseite zeigt, wie weit sie ist.</translation>
    </message>
    <message>
        <source>Planning for %1 — not this machine.</source>
        <translation>Planung für %1 — nicht dieser Rechner.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>about %1 to download</source>
        <translation>etwa %1 herunterzuladen</translation>
    </message>
    <message>
        <source>Downloads: about %1 in all, from %2; an internet connection is needed. Without one, fill an offline folder elsewhere with `dlstack bundle` and choose it on the Options page.</source>
        <translation>Downloads: insgesamt etwa %1, von %2; eine Internetverbindung ist nötig. Ohne sie füllen Sie anderswo mit `dlstack bundle` einen Offline-Ordner und wählen ihn auf der Seite Optionen.</translation>
    </message>
    <message>
        <source>Downloads: nothing from the internet; the offline folder holds everything.</source>
        <translation>Downloads: nichts aus dem Internet; der Offline-Ordner enthält alles.</translation>
    </message>
    <message>
        <source>Disk space needed in %1: about %2.</source>
        <translation>Benötigter Speicherplatz in %1: etwa %2.</translation>
    </message>
</context>
<context>
    <name>RocmProbe</name>
    <message>
        <source>rocminfo did not answer within %1 seconds; the amdgpu driver may be hung.</source>
        <translation>rocminfo hat nicht innerhalb von %1 Sekunden geantwortet; der amdgpu-Treiber hängt möglicherweise.</translation>
    </message>
</context>
<context>
    <name>RocmRule</name>
    <message>
        <source>The gfx target of %1 is not known.</source>
        <translation>Das gfx-Ziel von %1 ist nicht bekannt.</translation>
    </message>
    <message>
        <source>Run rocminfo on that machine and import its output.</source>
        <translation>Führen Sie rocminfo auf diesem Rechner aus und importieren Sie seine Ausgabe.</translation>
    </message>
    <message>
        <source>The gfx targets of the torch %1 %2 wheels are not recorded; dlstack cannot confirm they include %3.</source>
        <translation>Die gfx-Ziele der Wheels torch %1 %2 sind nicht erfasst; dlstack kann nicht bestätigen, dass sie %3 enthalten.</translation>
    </message>
    <message>
        <source>Prefer a release whose targets are known (`dlstack recommend`).</source>
        <translation>Bevorzugen Sie ein Release mit bekannten Zielen (`dlstack recommend`).</translation>
    </message>
    <message>
        <source>The torch %1 %2 wheels have no kernels for %3 (%4).</source>
        <translation>Die Wheels torch %1 %2 haben keine Kernel für %3 (%4).</translation>
    </message>
    <message>
        <source>Build from source with PYTORCH_ROCM_ARCH=%1.</source>
        <translation>Bauen Sie aus dem Quellcode mit PYTORCH_ROCM_ARCH=%1.</translation>
    </message>
    <message>
        <source>Pick %1, or build from source with PYTORCH_ROCM_ARCH=%2.</source>
        <translation>Wählen Sie %1 oder bauen Sie aus dem Quellcode mit PYTORCH_ROCM_ARCH=%2.</translation>
    </message>
    <message>
        <source>ROCm %1 does not officially support %2 (%3); it may work, but AMD does not test it.</source>
        <translation>ROCm %1 unterstützt %2 (%3) nicht offiziell; es kann funktionieren, wird aber von AMD nicht getestet.</translation>
    </message>
    <message>
        <source>Expect problems; some consumer cards need HSA_OVERRIDE_GFX_VERSION set to a supported target of the same family.</source>
        <translation>Rechnen Sie mit Problemen; manche Consumer-Karten brauchen HSA_OVERRIDE_GFX_VERSION, gesetzt auf ein unterstütztes Ziel derselben Familie.</translation>
    </message>
    <message>
        <source>ROCm %1 is installed; the build asks for ROCm %2.</source>
        <translation>ROCm %1 ist installiert; der Build verlangt ROCm %2.</translation>
    </message>
    <message>
        <source>Build against the installed ROCm, or install ROCm %1 beside it.</source>
        <translation>Bauen Sie gegen das installierte ROCm oder installieren Sie ROCm %1 daneben.</translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>%1, rule %2</source>
        <translation>%1, Regel %2</translation>
    </message>
    <message>
        <source>it ends with a backslash</source>
        <translation>er endet mit einem Backslash</translation>
    </message>
    <message>
        <source>\x{ is not closed</source>
        <translation>\x{ ist nicht geschlossen</translation>
    </message>
    <message>
        <source>a character class is not closed</source>
        <translation>eine Zeichenklasse ist nicht geschlossen</translation>
    </message>
    <message>
        <source>the option (?x) is not supported in diagnosis patterns</source>
        <translation>die Option (?x) wird in Diagnosemustern nicht unterstützt</translation>
    </message>
</context>
<context>
    <name>SafeExtractor</name>
    <message>
        <source>The archive %1 contains an unsafe member and was not extracted.</source>
        <translation>Das Archiv %1 enthält ein unsicheres Element und wurde nicht entpackt.</translation>
    </message>
    <message>
        <source>Get the archive from a trusted source; dlstack never writes outside the target directory.</source>
        <translation>Beziehen Sie das Archiv aus einer vertrauenswürdigen Quelle; dlstack schreibt nie außerhalb des Zielverzeichnisses.</translation>
    </message>
    <message>
        <source>The archive %1 is damaged.</source>
        <translation>Das Archiv %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>Download it again; the file may be truncated.</source>
        <translation>Laden Sie es erneut herunter; die Datei ist möglicherweise abgeschnitten.</translation>
    </message>
    <message>
        <source>The disk is full: free space there and run the install again.</source>
        <translation>Der Datenträger ist voll: schaffen Sie dort Platz und starten Sie die Installation erneut.</translation>
    </message>
    <message>
        <source>Check that the prefix is writable by this user.</source>
        <translation>Prüfen Sie, ob dieser Benutzer in das Präfix schreiben darf.</translation>
    </message>
    <message>
        <source>The details say what the file system answered.</source>
        <translation>Die Details nennen die Antwort des Dateisystems.</translation>
    </message>
    <message>
        <source>Could not write %1 from the archive %2.</source>
        <translation>%1 aus dem Archiv %2 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The archive %1 was not extracted: it unpacks to more than %2.</source>
        <translation>Das Archiv %1 wurde nicht entpackt: entpackt ergäbe es mehr als %2.</translation>
    </message>
    <message>
        <source>Stopped at %1. An archive this large is most likely a decompression bomb.</source>
        <translation>Angehalten bei %1. Ein so großes Archiv ist höchstwahrscheinlich eine Dekompressionsbombe.</translation>
    </message>
    <message>
        <source>If you trust the archive, raise &quot;%1&quot; on this extract step in the plan (now %2; see docs/plan-format.md).</source>
        <translation>Wenn Sie dem Archiv vertrauen, erhöhen Sie „%1“ in diesem Entpack-Schritt des Plans (jetzt %2; siehe docs/plan-format.md).</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>%1 times its own size (%2)</source>
        <translation>das %1-Fache seiner eigenen Größe (%2)</translation>
    </message>
    <message>
        <source>Could not open the archive %1.</source>
        <translation>Das Archiv %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Check that the file is complete and is a tar or zip archive.</source>
        <translation>Prüfen Sie, ob die Datei vollständig und ein tar- oder zip-Archiv ist.</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>%1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Check that the prefix is writable.</source>
        <translation>Prüfen Sie, ob das Präfix beschreibbar ist.</translation>
    </message>
    <message>
        <source>Extraction was cancelled.</source>
        <translation>Das Entpacken wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Could not finish extracting into %1.</source>
        <translation>Das Entpacken nach %1 konnte nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>Check free disk space and permissions.</source>
        <translation>Prüfen Sie den freien Speicherplatz und die Berechtigungen.</translation>
    </message>
    <message>
        <source>absolute path</source>
        <translation>absoluter Pfad</translation>
    </message>
    <message>
        <source>path with &quot;..&quot;</source>
        <translation>Pfad mit &quot;..&quot;</translation>
    </message>
    <message>
        <source>control character in the name</source>
        <translation>Steuerzeichen im Namen</translation>
    </message>
    <message>
        <source>device node or FIFO</source>
        <translation>Geräteknoten oder FIFO</translation>
    </message>
    <message>
        <source>written through a symbolic link</source>
        <translation>über einen symbolischen Link geschrieben</translation>
    </message>
    <message>
        <source>symbolic link pointing outside: %1</source>
        <translation>symbolischer Link, der nach außen zeigt: %1</translation>
    </message>
    <message>
        <source>hard link pointing outside: %1</source>
        <translation>harter Link, der nach außen zeigt: %1</translation>
    </message>
    <message>
        <source>hard link to a stripped member</source>
        <translation>harter Link auf ein entferntes Element</translation>
    </message>
    <message>
        <source>symbolic link pointing outside once all is unpacked: %1</source>
        <translation>symbolischer Link, der nach dem vollständigen Entpacken nach außen zeigt: %1</translation>
    </message>
</context>
<context>
    <name>SbatchExporter</name>
    <message>
        <source>The plan holds a URL with a user name, password or query; a batch script would carry it into Slurm&apos;s spool directory and the job&apos;s log.</source>
        <translation>Der Plan enthält eine URL mit Benutzername, Passwort oder Query-String; ein Batch-Skript würde sie in das Spool-Verzeichnis von Slurm und in das Log des Jobs tragen.</translation>
    </message>
    <message>
        <source>Keep the credential in the secret store (a download step&apos;s &quot;credential&quot;) or use the bash export, which reads such URLs from the environment.</source>
        <translation>Legen Sie die Zugangsdaten im Schlüsselbund ab (das „credential“ eines Download-Schritts) oder verwenden Sie den Bash-Export, der solche URLs aus der Umgebung liest.</translation>
    </message>
    <message>
        <source>%1 is not a Slurm partition name.</source>
        <translation>%1 ist kein Name einer Slurm-Partition.</translation>
    </message>
    <message>
        <source>Partition names hold only letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos; (sinfo lists them).</source>
        <translation>Partitionsnamen enthalten nur Buchstaben, Ziffern, &apos;.&apos;, &apos;-&apos; und &apos;_&apos; (sinfo listet sie auf).</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>&quot;%1&quot; is not a distcc host list.</source>
        <translation>&quot;%1&quot; ist keine distcc-Rechnerliste.</translation>
    </message>
    <message>
        <source>Write it like DISTCC_HOSTS: &quot;10.0.0.5/16 10.0.0.6:3632/8&quot;.</source>
        <translation>Schreiben Sie sie wie DISTCC_HOSTS: &quot;10.0.0.5/16 10.0.0.6:3632/8&quot;.</translation>
    </message>
</context>
<context>
    <name>SelectionOptions</name>
    <message>
        <source>Use the machine of this profile (written by `dlstack detect --json`).</source>
        <translation>Den Rechner dieses Profils verwenden (geschrieben von `dlstack detect --json`).</translation>
    </message>
    <message>
        <source>Build the profile from pasted tool output (repeatable).</source>
        <translation>Das Profil aus eingefügter Werkzeugausgabe erstellen (wiederholbar).</translation>
    </message>
    <message>
        <source>Use either --profile or --import, not both.</source>
        <translation>Verwenden Sie entweder --profile oder --import, nicht beides.</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not a format dlstack knows (see `dlstack import --help`).</source>
        <translation>%1: kein Format, das dlstack kennt (siehe `dlstack import --help`).</translation>
    </message>
    <message>
        <source>PyTorch version (required; see `dlstack matrix`).</source>
        <translation>PyTorch-Version (erforderlich; siehe `dlstack matrix`).</translation>
    </message>
    <message>
        <source>CUDA version of the build, e.g. 12.4.</source>
        <translation>CUDA-Version des Builds, z. B. 12.4.</translation>
    </message>
    <message>
        <source>ROCm version of the build, e.g. 6.1.</source>
        <translation>ROCm-Version des Builds, z. B. 6.1.</translation>
    </message>
    <message>
        <source>A CPU-only build.</source>
        <translation>Ein reiner CPU-Build.</translation>
    </message>
    <message>
        <source>Python version of the environment, e.g. 3.11.</source>
        <translation>Python-Version der Umgebung, z. B. 3.11.</translation>
    </message>
    <message>
        <source>prebuilt (wheels, the default) or source.</source>
        <translation>prebuilt (Wheels, Standard) oder source.</translation>
    </message>
    <message>
        <source>new-venv (default), new-conda or the path of an existing environment.</source>
        <translation>new-venv (Standard), new-conda oder der Pfad einer bestehenden Umgebung.</translation>
    </message>
    <message>
        <source>TORCH_CUDA_ARCH_LIST / PYTORCH_ROCM_ARCH instead of the detected GPUs.</source>
        <translation>TORCH_CUDA_ARCH_LIST / PYTORCH_ROCM_ARCH statt der erkannten GPUs.</translation>
    </message>
    <message>
        <source>Parallel compile jobs.</source>
        <translation>Parallele Compile-Jobs.</translation>
    </message>
    <message>
        <source>ccache, sccache or distcc.</source>
        <translation>ccache, sccache oder distcc.</translation>
    </message>
    <message>
        <source>Where a missing CUDA toolkit comes from: runfile or conda (default: conda in a conda environment on CUDA 12 and newer).</source>
        <translation>Woher ein fehlendes CUDA-Toolkit kommt: runfile oder conda (Vorgabe: conda in einer conda-Umgebung ab CUDA 12).</translation>
    </message>
    <message>
        <source>DISTCC_HOSTS for --launcher distcc (&quot;10.0.0.5/16 10.0.0.6/16&quot;).</source>
        <translation>DISTCC_HOSTS für --launcher distcc (&quot;10.0.0.5/16 10.0.0.6/16&quot;).</translation>
    </message>
    <message>
        <source>--cuda, --rocm and --cpu contradict each other.</source>
        <translation>--cuda, --rocm und --cpu widersprechen sich.</translation>
    </message>
    <message>
        <source>Give exactly one of them.</source>
        <translation>Geben Sie genau eines davon an.</translation>
    </message>
    <message>
        <source>No PyTorch version was named.</source>
        <translation>Es wurde keine PyTorch-Version genannt.</translation>
    </message>
    <message>
        <source>Name one with --torch (see `dlstack matrix`).</source>
        <translation>Nennen Sie eine mit --torch (siehe `dlstack matrix`).</translation>
    </message>
    <message>
        <source>No backend given: the default %1 wheels of torch %2.</source>
        <translation>Kein Backend angegeben: die Standard-Wheels %1 von torch %2.</translation>
    </message>
    <message>
        <source>Unknown --route %1.</source>
        <translation>Unbekannter Wert für --route: %1.</translation>
    </message>
    <message>
        <source>Use prebuilt or source.</source>
        <translation>Verwenden Sie prebuilt oder source.</translation>
    </message>
    <message>
        <source>--max-jobs needs a positive number, not &quot;%1&quot;.</source>
        <translation>--max-jobs braucht eine positive Zahl, nicht „%1“.</translation>
    </message>
    <message>
        <source>Unknown --launcher %1.</source>
        <translation>Unbekannter Wert für --launcher: %1.</translation>
    </message>
    <message>
        <source>Use ccache, sccache or distcc.</source>
        <translation>Verwenden Sie ccache, sccache oder distcc.</translation>
    </message>
    <message>
        <source>Unknown --toolkit-from %1.</source>
        <translation>Unbekanntes --toolkit-from %1.</translation>
    </message>
    <message>
        <source>Use runfile or conda.</source>
        <translation>Verwenden Sie runfile oder conda.</translation>
    </message>
    <message>
        <source>Added to torchvision and torchaudio (installed by default): apex, opencv (wheel), opencv-cuda (built with CUDA), or torchvision==V / torchaudio==V; comma separated.</source>
        <translation>Zusätzlich zu torchvision und torchaudio (standardmäßig installiert): apex, opencv (Wheel), opencv-cuda (mit CUDA gebaut) oder torchvision==V / torchaudio==V; durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>torch alone, without the torchvision and torchaudio paired with it (installed by default).</source>
        <translation>Nur torch, ohne das dazu passende torchvision und torchaudio (standardmäßig installiert).</translation>
    </message>
    <message>
        <source>Read the whole selection from this file (selection.json of an Ansible export) instead of the options above.</source>
        <translation>Die gesamte Auswahl aus dieser Datei lesen (selection.json eines Ansible-Exports) statt aus den obigen Optionen.</translation>
    </message>
    <message>
        <source>--selection and --%1 contradict each other.</source>
        <translation>--selection und --%1 widersprechen sich.</translation>
    </message>
    <message>
        <source>Name the selection either in a file or with options.</source>
        <translation>Geben Sie die Auswahl entweder in einer Datei oder mit Optionen an.</translation>
    </message>
    <message>
        <source>%1 is not a selection: %2</source>
        <translation>%1 ist keine Auswahl: %2</translation>
    </message>
    <message>
        <source>Use the selection.json that `dlstack plan --format ansible` wrote.</source>
        <translation>Verwenden Sie die selection.json, die `dlstack plan --format ansible` geschrieben hat.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>dlstack settings</source>
        <translation>dlstack-Einstellungen</translation>
    </message>
    <message>
        <source>Package index mirror</source>
        <translation>Paketindex-Mirror</translation>
    </message>
    <message>
        <source>Private package index</source>
        <translation>Privater Paketindex</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>NVIDIA developer account e-mail</source>
        <translation>E-Mail des NVIDIA-Entwicklerkontos</translation>
    </message>
    <message>
        <source>e.g. https://mirror.example.org/pypi/simple</source>
        <translation>z. B. https://mirror.example.org/pypi/simple</translation>
    </message>
    <message>
        <source>e.g. https://pypi.example.org/simple</source>
        <translation>z. B. https://pypi.example.org/simple</translation>
    </message>
    <message>
        <source>e.g. http://proxy.example.org:3128</source>
        <translation>z. B. http://proxy.example.org:3128</translation>
    </message>
    <message>
        <source>Keyring status</source>
        <translation>Status des Schlüsselbunds</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>&amp;Mirror:</source>
        <translation>&amp;Mirror:</translation>
    </message>
    <message>
        <source>Private &amp;index:</source>
        <translation>Privater &amp;Index:</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>Tokens (kept in the system keyring)</source>
        <translation>Tokens (im Schlüsselbund des Systems gespeichert)</translation>
    </message>
    <message>
        <source>NVIDIA account &amp;e-mail:</source>
        <translation>&amp;E-Mail des NVIDIA-Kontos:</translation>
    </message>
    <message>
        <source>Private index &amp;token:</source>
        <translation>&amp;Token des privaten Index:</translation>
    </message>
    <message>
        <source>NVIDIA account pass&amp;word:</source>
        <translation>Pass&amp;wort des NVIDIA-Kontos:</translation>
    </message>
    <message>
        <source>&amp;GitHub token:</source>
        <translation>&amp;GitHub-Token:</translation>
    </message>
    <message>
        <source>Private index token</source>
        <translation>Token des privaten Index</translation>
    </message>
    <message>
        <source>NVIDIA developer account password</source>
        <translation>Passwort des NVIDIA-Entwicklerkontos</translation>
    </message>
    <message>
        <source>GitHub token</source>
        <translation>GitHub-Token</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>Forget the %1</source>
        <translation>%1 vergessen</translation>
    </message>
    <message>
        <source>stored in the keyring; leave empty to keep</source>
        <translation>im Schlüsselbund gespeichert; leer lassen, um es zu behalten</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Tokens are stored in the system keyring, never in settings files or logs.</source>
        <translation>Tokens werden im Schlüsselbund des Systems gespeichert, nie in Einstellungsdateien oder Logs.</translation>
    </message>
    <message>
        <source>No system keyring is available, so tokens cannot be saved: %1</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar, daher können Tokens nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The token was not saved. %1 %2</source>
        <translation>Das Token wurde nicht gespeichert. %1 %2</translation>
    </message>
</context>
<context>
    <name>StackPage</name>
    <message>
        <source>&amp;CUDA (NVIDIA)</source>
        <translation>&amp;CUDA (NVIDIA)</translation>
    </message>
    <message>
        <source>&amp;ROCm (AMD)</source>
        <translation>&amp;ROCm (AMD)</translation>
    </message>
    <message>
        <source>C&amp;PU only</source>
        <translation>Nur C&amp;PU</translation>
    </message>
    <message>
        <source>Prebuilt &amp;wheels (minutes)</source>
        <translation>Vorge&amp;fertigte Wheels (Minuten)</translation>
    </message>
    <message>
        <source>Build from &amp;source (hours)</source>
        <translation>Aus dem &amp;Quellcode bauen (Stunden)</translation>
    </message>
    <message>
        <source>Use the r&amp;ecommended stack</source>
        <translation>&amp;Empfohlenen Stack verwenden</translation>
    </message>
    <message>
        <source>Choose a stack</source>
        <translation>Einen Stack wählen</translation>
    </message>
    <message>
        <source>Only combinations from the tested matrix are offered. Greyed-out entries say why they cannot work on this machine.</source>
        <translation>Es werden nur Kombinationen aus der getesteten Matrix angeboten. Ausgegraute Einträge sagen, warum sie auf diesem Rechner nicht funktionieren können.</translation>
    </message>
    <message>
        <source>PyTorch version</source>
        <translation>PyTorch-Version</translation>
    </message>
    <message>
        <source>Backend version</source>
        <translation>Backend-Version</translation>
    </message>
    <message>
        <source>Python version</source>
        <translation>Python-Version</translation>
    </message>
    <message>
        <source>CUDA backend</source>
        <translation>CUDA-Backend</translation>
    </message>
    <message>
        <source>ROCm backend</source>
        <translation>ROCm-Backend</translation>
    </message>
    <message>
        <source>CPU-only backend</source>
        <translation>Reines CPU-Backend</translation>
    </message>
    <message>
        <source>Install prebuilt wheels</source>
        <translation>Vorgefertigte Wheels installieren</translation>
    </message>
    <message>
        <source>Build PyTorch from source</source>
        <translation>PyTorch aus dem Quellcode bauen</translation>
    </message>
    <message>
        <source>Use the recommended stack</source>
        <translation>Den empfohlenen Stack verwenden</translation>
    </message>
    <message>
        <source>Verdict on the chosen stack</source>
        <translation>Urteil über den gewählten Stack</translation>
    </message>
    <message>
        <source>Py&amp;Torch:</source>
        <translation>Py&amp;Torch:</translation>
    </message>
    <message>
        <source>Backend:</source>
        <translation>Backend:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>P&amp;ython:</source>
        <translation>P&amp;ython:</translation>
    </message>
    <message>
        <source>Route:</source>
        <translation>Weg:</translation>
    </message>
    <message>
        <source>No stack in the tested matrix fits this machine.</source>
        <translation>Kein Stack aus der getesteten Matrix passt zu diesem Rechner.</translation>
    </message>
    <message>
        <source>PyTorch %1 has no %2 wheels.</source>
        <translation>PyTorch %1 hat keine %2-Wheels.</translation>
    </message>
    <message>
        <source> (PyPI default)</source>
        <translation> (PyPI-Standard)</translation>
    </message>
    <message>
        <source>%1 — not possible here: %2</source>
        <translation>%1 — hier nicht möglich: %2</translation>
    </message>
    <message>
        <source>This stack is tested and fits this machine.</source>
        <translation>Dieser Stack ist getestet und passt zu diesem Rechner.</translation>
    </message>
    <message>
        <source>Pick a version that is not greyed out.</source>
        <translation>Wählen Sie eine Version, die nicht ausgegraut ist.</translation>
    </message>
    <message>
        <source>Planning for %1. Only combinations from the tested matrix are offered. Greyed-out entries say why they cannot work on that machine.</source>
        <translation>Planung für %1. Es werden nur Kombinationen aus der getesteten Matrix angeboten. Ausgegraute Einträge sagen, warum sie auf jenem Rechner nicht funktionieren können.</translation>
    </message>
    <message>
        <source>Recommended: %1. %2</source>
        <translation>Empfohlen: %1. %2</translation>
    </message>
    <message>
        <source>This stack is tested and fits that machine.</source>
        <translation>Dieser Stack ist getestet und passt zu jenem Rechner.</translation>
    </message>
    <message>
        <source>Why some backends cannot be chosen</source>
        <translation>Warum manche Backends nicht wählbar sind</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>StepSidebar</name>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3, %4</source>
        <translation>Schritt %1 von %2: %3, %4</translation>
    </message>
</context>
<context>
    <name>SystemPage</name>
    <message>
        <source>&amp;Rescan</source>
        <translation>&amp;Neu scannen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Save support bundle…</source>
        <translation>Support-&amp;Paket speichern…</translation>
    </message>
    <message>
        <source>Your system</source>
        <translation>Ihr System</translation>
    </message>
    <message>
        <source>Green is ready, amber needs a look, red blocks a GPU install. Each line says why.</source>
        <translation>Grün ist bereit, Gelb sollte geprüft werden, Rot blockiert eine GPU-Installation. Jede Zeile sagt, warum.</translation>
    </message>
    <message>
        <source>Detected facts</source>
        <translation>Erkannte Fakten</translation>
    </message>
    <message>
        <source>Detection status</source>
        <translation>Erkennungsstatus</translation>
    </message>
    <message>
        <source>Rescan this machine</source>
        <translation>Diesen Rechner neu scannen</translation>
    </message>
    <message>
        <source>Import another machine&apos;s nvidia-smi or collect_env output</source>
        <translation>Die Ausgabe von nvidia-smi oder collect_env eines anderen Rechners importieren</translation>
    </message>
    <message>
        <source>Save a support bundle</source>
        <translation>Ein Support-Paket speichern</translation>
    </message>
    <message>
        <source>Detect this machine again.</source>
        <translation>Diesen Rechner erneut erkennen.</translation>
    </message>
    <message>
        <source>Check someone else&apos;s machine from the text of nvidia-smi, python -m torch.utils.collect_env, nvcc --version, conda info …</source>
        <translation>Den Rechner einer anderen Person anhand des Textes von nvidia-smi, python -m torch.utils.collect_env, nvcc --version, conda info … prüfen</translation>
    </message>
    <message>
        <source>Save the profile and the raw command outputs to a folder you can send to someone who helps you.</source>
        <translation>Das Profil und die Rohausgaben der Befehle in einem Ordner speichern, den Sie an jemanden schicken können, der Ihnen hilft.</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>erkannt</translation>
    </message>
    <message>
        <source>Detecting… this takes a few seconds.</source>
        <translation>Erkennung läuft… das dauert einige Sekunden.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n GPU(s), %2 CUDA toolkit(s), %3 Python environment(s).</source>
        <translation>
            <numerusform>%1: %n GPU, %2 CUDA-Toolkit(s), %3 Python-Umgebung(en).</numerusform>
            <numerusform>%1: %n GPUs, %2 CUDA-Toolkit(s), %3 Python-Umgebung(en).</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the texts was recognised. dlstack reads nvidia-smi, nvidia-smi -q, python -m torch.utils.collect_env, nvcc --version, rocminfo and conda info output.</source>
        <translation>Keiner der Texte wurde erkannt. dlstack liest die Ausgabe von nvidia-smi, nvidia-smi -q, python -m torch.utils.collect_env, nvcc --version, rocminfo und conda info.</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>importiert aus %1</translation>
    </message>
    <message>
        <source>Imported %1; not recognised: %2.</source>
        <translation>%1 importiert; nicht erkannt: %2.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importiert.</translation>
    </message>
    <message>
        <source>Import another machine&apos;s output</source>
        <translation>Die Ausgabe eines anderen Rechners importieren</translation>
    </message>
    <message>
        <source>&amp;Paste the output of nvidia-smi, python -m torch.utils.collect_env, nvcc --version or conda info here, or open files:</source>
        <translation>&amp;Fügen Sie hier die Ausgabe von nvidia-smi, python -m torch.utils.collect_env, nvcc --version oder conda info ein oder öffnen Sie Dateien:</translation>
    </message>
    <message>
        <source>Pasted output</source>
        <translation>Eingefügte Ausgabe</translation>
    </message>
    <message>
        <source>&amp;Open files…</source>
        <translation>&amp;Dateien öffnen…</translation>
    </message>
    <message>
        <source>Open command outputs</source>
        <translation>Befehlsausgaben öffnen</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>eingefügter Text</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Folder for the support bundle</source>
        <translation>Ordner für das Support-Paket</translation>
    </message>
    <message>
        <source>Support bundle saved to %1.</source>
        <translation>Support-Paket in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Support bundle not saved</source>
        <translation>Support-Paket nicht gespeichert</translation>
    </message>
    <message>
        <source>Planning for %1</source>
        <translation>Planung für %1</translation>
    </message>
    <message>
        <source>These facts come from another machine&apos;s output. dlstack plans and exports for that machine and installs nothing here.</source>
        <translation>Diese Angaben stammen aus der Ausgabe eines anderen Rechners. dlstack plant und exportiert für jenen Rechner und installiert hier nichts.</translation>
    </message>
</context>
<context>
    <name>SystemProfile</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not a profile written by `dlstack detect --json` (%2 at byte %3).</source>
        <translation>%1: kein von `dlstack detect --json` geschriebenes Profil (%2 bei Byte %3).</translation>
    </message>
    <message>
        <source>This is not a dlstack profile.</source>
        <translation>Dies ist kein dlstack-Profil.</translation>
    </message>
    <message>
        <source>The field &quot;schema&quot; is missing.</source>
        <translation>Das Feld &quot;schema&quot; fehlt.</translation>
    </message>
    <message>
        <source>Create a profile with `dlstack detect --json`.</source>
        <translation>Erstellen Sie ein Profil mit `dlstack detect --json`.</translation>
    </message>
    <message>
        <source>The profile uses schema %1; this dlstack reads schema %2.</source>
        <translation>Das Profil verwendet Schema %1; dieses dlstack liest Schema %2.</translation>
    </message>
    <message>
        <source>Update dlstack, or detect the profile again with this version.</source>
        <translation>Aktualisieren Sie dlstack oder erkennen Sie das Profil mit dieser Version erneut.</translation>
    </message>
</context>
<context>
    <name>ToolProbe</name>
    <message>
        <source>%1 did not report a version.</source>
        <translation>%1 hat keine Version gemeldet.</translation>
    </message>
</context>
<context>
    <name>TorchInstall</name>
    <message>
        <source>Could not read %1.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is not a text file; it was ignored.</source>
        <translation>%1 ist keine Textdatei; sie wurde ignoriert.</translation>
    </message>
    <message>
        <source>%1 points at %2, which does not exist; torch there cannot be imported.</source>
        <translation>%1 verweist auf %2, das nicht existiert; torch kann dort nicht importiert werden.</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>Check that the prefix is writable.</source>
        <translation>Prüfen Sie, ob das Präfix beschreibbar ist.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The install was cancelled.</source>
        <translation>Die Installation wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Run the install again to continue where it stopped.</source>
        <translation>Führen Sie die Installation erneut aus, um dort fortzusetzen, wo sie angehalten hat.</translation>
    </message>
    <message>
        <source>There is no install journal in %1.</source>
        <translation>In %1 gibt es kein Installationsjournal.</translation>
    </message>
    <message>
        <source>Check the prefix; only what dlstack installed can be rolled back.</source>
        <translation>Prüfen Sie das Präfix; nur was dlstack installiert hat, kann zurückgenommen werden.</translation>
    </message>
    <message>
        <source>The journal&apos;s paths under %1 are now read as paths under %2.</source>
        <translation>Die Pfade des Journals unter %1 werden jetzt als Pfade unter %2 gelesen.</translation>
    </message>
    <message>
        <source>The journal has no stage &quot;%1&quot;.</source>
        <translation>Das Journal hat keine Stufe „%1“.</translation>
    </message>
    <message>
        <source>Run `dlstack status --prefix %1` to see the stages.</source>
        <translation>Führen Sie `dlstack status --prefix %1` aus, um die Stufen zu sehen.</translation>
    </message>
    <message>
        <source>Could not write the install journal %1.</source>
        <translation>Das Installationsjournal %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Check that the install prefix is writable and the disk is not full.</source>
        <translation>Prüfen Sie, ob das Installationspräfix beschreibbar und der Datenträger nicht voll ist.</translation>
    </message>
    <message>
        <source>Process %1 holds the lock on %2.</source>
        <translation>Prozess %1 hält die Sperre auf %2.</translation>
    </message>
    <message>
        <source>Another process holds the lock on %1.</source>
        <translation>Ein anderer Prozess hält die Sperre auf %1.</translation>
    </message>
    <message>
        <source>The file system of %1 does not support file locks; nothing was changed.</source>
        <translation>Das Dateisystem von %1 unterstützt keine Dateisperren; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>dlstack needs a lock to keep two jobs in one prefix apart. Choose a prefix on a local disk (or an NFS mount with locking enabled).</source>
        <translation>dlstack braucht eine Sperre, um zwei Aufträge in einem Präfix auseinanderzuhalten. Wählen Sie ein Präfix auf einem lokalen Datenträger (oder einem NFS-Mount mit Sperren).</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>Das Journal ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Could not read the install journal %1.</source>
        <translation>Das Installationsjournal %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Check the permissions of the install prefix.</source>
        <translation>Prüfen Sie die Berechtigungen des Installationspräfixes.</translation>
    </message>
    <message>
        <source>Could not move %1 aside before replacing it.</source>
        <translation>%1 konnte vor dem Ersetzen nicht beiseitegeschoben werden.</translation>
    </message>
    <message>
        <source>Check the prefix&apos;s permissions.</source>
        <translation>Prüfen Sie die Berechtigungen des Präfixes.</translation>
    </message>
    <message>
        <source>%1 is in the way: it is not a plain file.</source>
        <translation>%1 ist im Weg: es ist keine normale Datei.</translation>
    </message>
    <message>
        <source>It is a symbolic link; dlstack would write through it.</source>
        <translation>Es ist ein symbolischer Link; dlstack würde hindurchschreiben.</translation>
    </message>
    <message>
        <source>dlstack keeps a partial file there. Remove it, then run the install again.</source>
        <translation>dlstack legt dort eine Teildatei ab. Entfernen Sie es und starten Sie die Installation erneut.</translation>
    </message>
    <message>
        <source>%1 is already there with the right checksum.</source>
        <translation>%1 ist bereits mit der richtigen Prüfsumme vorhanden.</translation>
    </message>
    <message>
        <source>The download needs the secret &quot;%1&quot; but no keyring is available.</source>
        <translation>Der Download braucht das Geheimnis „%1“, aber es ist kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Start a Secret Service (gnome-keyring or KWallet), store the token and run the install again.</source>
        <translation>Starten Sie einen Secret Service (gnome-keyring oder KWallet), speichern Sie das Token und starten Sie die Installation erneut.</translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; for %2 could not be read; nothing was changed.
%3</source>
        <translation>Das Geheimnis „%1“ für %2 konnte nicht gelesen werden; es wurde nichts geändert.
%3</translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot; would send a credential over plain http to %2.</source>
        <translation>Stufe „%1“ würde Zugangsdaten über unverschlüsseltes http an %2 senden.</translation>
    </message>
    <message>
        <source>The plan allows it (&quot;allow_insecure_auth&quot;: true), but anyone on the network path can read an http:// request and the token or password in it. Nothing was changed.</source>
        <translation>Der Plan erlaubt es (&quot;allow_insecure_auth&quot;: true), aber jeder auf dem Netzweg kann eine http://-Anfrage samt Token oder Passwort lesen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Run again with --allow-insecure-auth if you accept that, or use an https:// URL.</source>
        <translation>Starten Sie erneut mit --allow-insecure-auth, wenn Sie das hinnehmen, oder verwenden Sie eine https://-URL.</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>%1 wird heruntergeladen</translation>
    </message>
    <message>
        <source>Could not move the download to %1.</source>
        <translation>Der Download konnte nicht nach %1 verschoben werden.</translation>
    </message>
    <message>
        <source>The archive %1 does not exist.</source>
        <translation>Das Archiv %1 existiert nicht.</translation>
    </message>
    <message>
        <source>A download step before this one should fetch it; check the plan.</source>
        <translation>Ein Download-Schritt vor diesem sollte es holen; prüfen Sie den Plan.</translation>
    </message>
    <message>
        <source>Could not move the extracted files to %1.</source>
        <translation>Die entpackten Dateien konnten nicht nach %1 verschoben werden.</translation>
    </message>
    <message>
        <source>Cancelled while running git.</source>
        <translation>Während der Ausführung von git abgebrochen.</translation>
    </message>
    <message>
        <source>Run the install again to continue.</source>
        <translation>Führen Sie die Installation erneut aus, um fortzusetzen.</translation>
    </message>
    <message>
        <source>Could not move the clone to %1.</source>
        <translation>Der Klon konnte nicht nach %1 verschoben werden.</translation>
    </message>
    <message>
        <source>%1 is already a repository; fetching.</source>
        <translation>%1 ist bereits ein Repository; es wird aktualisiert (fetch).</translation>
    </message>
    <message>
        <source>The working directory %1 does not exist.</source>
        <translation>Das Arbeitsverzeichnis %1 existiert nicht.</translation>
    </message>
    <message>
        <source>An earlier step should create it; check the plan&apos;s order.</source>
        <translation>Ein früherer Schritt sollte es erstellen; prüfen Sie die Reihenfolge des Plans.</translation>
    </message>
    <message>
        <source>Cancelled while running %1.</source>
        <translation>Während der Ausführung von %1 abgebrochen.</translation>
    </message>
    <message>
        <source>Check that the prefix is writable and the disk is not full.</source>
        <translation>Prüfen Sie, ob das Präfix beschreibbar und der Datenträger nicht voll ist.</translation>
    </message>
    <message>
        <source>Could not write %1: it is a directory.</source>
        <translation>%1 konnte nicht geschrieben werden: es ist ein Verzeichnis.</translation>
    </message>
    <message>
        <source>write_file replaces files only; choose another path in the plan.</source>
        <translation>write_file ersetzt nur Dateien; wählen Sie im Plan einen anderen Pfad.</translation>
    </message>
    <message>
        <source>the directory could not be created</source>
        <translation>das Verzeichnis konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>Left %1 in place: it is outside the prefix and the cache.</source>
        <translation>%1 wurde belassen: Es liegt außerhalb des Präfixes und des Caches.</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Check its permissions, then run the rollback again.</source>
        <translation>Prüfen Sie seine Berechtigungen und führen Sie das Rollback dann erneut aus.</translation>
    </message>
    <message>
        <source>Running undo command: %1</source>
        <translation>Rückgängig-Befehl wird ausgeführt: %1</translation>
    </message>
    <message>
        <source>The undo command did not succeed (exit %1); continuing.</source>
        <translation>Der Rückgängig-Befehl war nicht erfolgreich (Exit-Code %1); es wird fortgesetzt.</translation>
    </message>
    <message>
        <source>The journal names a backup outside the prefix: %1.</source>
        <translation>Das Journal nennt eine Sicherung außerhalb des Präfixes: %1.</translation>
    </message>
    <message>
        <source>The journal may have been edited; restore the file by hand.</source>
        <translation>Das Journal wurde möglicherweise bearbeitet; stellen Sie die Datei von Hand wieder her.</translation>
    </message>
    <message>
        <source>Could not restore %1 from its backup.</source>
        <translation>%1 konnte nicht aus seiner Sicherung wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The backup is still at %1.</source>
        <translation>Die Sicherung liegt noch unter %1.</translation>
    </message>
    <message>
        <source>Check that the file exists, that you may read it and that the disk is not full.</source>
        <translation>Prüfen Sie, ob die Datei existiert, ob Sie sie lesen dürfen und ob der Datenträger nicht voll ist.</translation>
    </message>
    <message>
        <source>The build log %1 could not be created.</source>
        <translation>Das Build-Log %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The log %1 could not be opened.</source>
        <translation>Das Log %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>Open a log file; a directory, pipe or device cannot be indexed. Save the output to a file first.</source>
        <translation>Öffnen Sie eine Logdatei; ein Verzeichnis, eine Pipe oder ein Gerät kann nicht indiziert werden. Speichern Sie die Ausgabe zuerst in einer Datei.</translation>
    </message>
    <message>
        <source>The log %1 could not be read.</source>
        <translation>Das Log %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The log %1 is read-only.</source>
        <translation>Das Log %1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The build log %1 could not be written.</source>
        <translation>Das Build-Log %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is truncated or damaged: %2. The lines before the damage were read.</source>
        <translation>%1 ist abgeschnitten oder beschädigt: %2. Die Zeilen vor der beschädigten Stelle wurden gelesen.</translation>
    </message>
    <message>
        <source>Ask for the complete file, or check it with `gzip -t`, `xz -t` or `zstd -t`.</source>
        <translation>Fordern Sie die vollständige Datei an, oder prüfen Sie sie mit `gzip -t`, `xz -t` oder `zstd -t`.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Free some disk space in the temporary folder.</source>
        <translation>Schaffen Sie Platz im temporären Ordner.</translation>
    </message>
    <message>
        <source>The regular expression is not valid: %1 (at character %2).</source>
        <translation>Der reguläre Ausdruck ist ungültig: %1 (bei Zeichen %2).</translation>
    </message>
    <message>
        <source>Escape special characters such as ( [ . * with a backslash.</source>
        <translation>Maskieren Sie Sonderzeichen wie ( [ . * mit einem Backslash.</translation>
    </message>
    <message>
        <source>The log folder %1 could not be created.</source>
        <translation>Der Log-Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Check the permissions of the install prefix and the free disk space.</source>
        <translation>Prüfen Sie die Berechtigungen des Installationspräfixes und den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>There is no stage %1 in this log.</source>
        <translation>In diesem Log gibt es keine Stufe %1.</translation>
    </message>
    <message>
        <source>The log folder %1 does not exist.</source>
        <translation>Der Log-Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The diagnosis rules in %1 are malformed: %2</source>
        <translation>Die Diagnoseregeln in %1 sind fehlerhaft: %2</translation>
    </message>
    <message>
        <source>Fix the rule file as described in docs/diagnosis-rules.md, or reinstall dlstack.</source>
        <translation>Korrigieren Sie die Regeldatei wie in docs/diagnosis-rules.md beschrieben oder installieren Sie dlstack neu.</translation>
    </message>
    <message>
        <source>the patterns cannot be compiled for scanning together: %1</source>
        <translation>die Muster lassen sich nicht gemeinsam zum Durchsuchen übersetzen: %1</translation>
    </message>
    <message>
        <source>pattern &quot;%1&quot; of %2 cannot be compiled for scanning, not even as a prefilter: %3</source>
        <translation>Muster „%1“ von %2 lässt sich nicht zum Durchsuchen übersetzen, nicht einmal als Vorfilter: %3</translation>
    </message>
    <message>
        <source>the file must hold a JSON object</source>
        <translation>die Datei muss ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>&quot;schema&quot; must be %1</source>
        <translation>&quot;schema&quot; muss %1 sein</translation>
    </message>
    <message>
        <source>&quot;rules&quot; must be an array</source>
        <translation>&quot;rules&quot; muss ein Array sein</translation>
    </message>
    <message>
        <source>%1, rule %2</source>
        <translation>%1, Regel %2</translation>
    </message>
    <message>
        <source>a rule must be an object</source>
        <translation>eine Regel muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a string of a-z, 0-9 and _</source>
        <translation>&quot;id&quot; muss eine Zeichenkette aus a-z, 0-9 und _ sein</translation>
    </message>
    <message>
        <source>rule %1 needs non-empty &quot;title&quot;, &quot;explanation&quot; and &quot;remedy&quot; strings</source>
        <translation>Regel %1 braucht nicht leere Zeichenketten &quot;title&quot;, &quot;explanation&quot; und &quot;remedy&quot;</translation>
    </message>
    <message>
        <source>&quot;weight&quot; of %1 must be an integer from 0 to 100</source>
        <translation>&quot;weight&quot; von %1 muss eine ganze Zahl von 0 bis 100 sein</translation>
    </message>
    <message>
        <source>&quot;patterns&quot; of %1 must be a non-empty array of strings</source>
        <translation>&quot;patterns&quot; von %1 muss ein nicht leeres Array von Zeichenketten sein</translation>
    </message>
    <message>
        <source>&quot;exclude&quot; of %1 must be an array of strings</source>
        <translation>&quot;exclude&quot; von %1 muss ein Array von Zeichenketten sein</translation>
    </message>
    <message>
        <source>anchor %1 needs &quot;window&quot;: [lines before, lines after]</source>
        <translation>Anker %1 braucht &quot;window&quot;: [Zeilen davor, Zeilen danach]</translation>
    </message>
    <message>
        <source>&quot;role&quot; of %1 must be &quot;cause&quot; or &quot;anchor&quot;</source>
        <translation>&quot;role&quot; von %1 muss &quot;cause&quot; oder &quot;anchor&quot; sein</translation>
    </message>
    <message>
        <source>pattern &quot;%1&quot; of %2 is not a valid regular expression: %3 at character %4</source>
        <translation>Muster „%1“ von %2 ist kein gültiger regulärer Ausdruck: %3 bei Zeichen %4</translation>
    </message>
    <message>
        <source>&quot;captures&quot; of %1 must be an object</source>
        <translation>&quot;captures&quot; von %1 muss ein Objekt sein</translation>
    </message>
    <message>
        <source>capture &quot;%1&quot; of %2 names group %3, which no pattern has</source>
        <translation>Capture „%1“ von %2 nennt Gruppe %3, die kein Muster hat</translation>
    </message>
    <message>
        <source>lookup &quot;%1&quot; of %2 must name one of its captures in &quot;from&quot;</source>
        <translation>Nachschlagetabelle „%1“ von %2 muss in &quot;from&quot; eine ihrer Erfassungen nennen</translation>
    </message>
    <message>
        <source>every row of lookup &quot;%1&quot; of %2 needs a &quot;value&quot; string</source>
        <translation>jede Zeile der Nachschlagetabelle „%1“ von %2 braucht eine Zeichenkette &quot;value&quot;</translation>
    </message>
    <message>
        <source>%1 uses the unknown placeholder {%2}</source>
        <translation>%1 verwendet den unbekannten Platzhalter {%2}</translation>
    </message>
    <message>
        <source>No diagnosis rules were found in %1.</source>
        <translation>In %1 wurden keine Diagnoseregeln gefunden.</translation>
    </message>
    <message>
        <source>Reinstall dlstack; the rules are part of the program.</source>
        <translation>Installieren Sie dlstack neu; die Regeln sind Teil des Programms.</translation>
    </message>
    <message>
        <source>The rule file %1 could not be read.</source>
        <translation>Die Regeldatei %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>the rule id %1 is used twice</source>
        <translation>die Regel-ID %1 wird doppelt verwendet</translation>
    </message>
    <message>
        <source>The rule folder %1 does not exist.</source>
        <translation>Der Regelordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Check the path given to --rules.</source>
        <translation>Prüfen Sie den Pfad bei --rules.</translation>
    </message>
    <message>
        <source>Rule files are JSON of at most 16 MiB.</source>
        <translation>Regeldateien sind JSON von höchstens 16 MiB.</translation>
    </message>
    <message>
        <source>The version matrix file %1 cannot be read: %2</source>
        <translation>Die Versionsmatrix-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Reinstall dlstack; the data files belong to it.</source>
        <translation>Installieren Sie dlstack neu; die Datendateien gehören dazu.</translation>
    </message>
    <message>
        <source>The version matrix file %1 is invalid at line %2, column %3: %4: %5</source>
        <translation>Die Versionsmatrix-Datei %1 ist ungültig in Zeile %2, Spalte %3: %4: %5</translation>
    </message>
    <message>
        <source>file %1, line %2, column %3, field %4</source>
        <translation>Datei %1, Zeile %2, Spalte %3, Feld %4</translation>
    </message>
    <message>
        <source>Fix the field as described in docs/matrix-format.md, or reinstall dlstack if the file came with it.</source>
        <translation>Korrigieren Sie das Feld wie in docs/matrix-format.md beschrieben oder installieren Sie dlstack neu, falls die Datei mitgeliefert wurde.</translation>
    </message>
    <message>
        <source>The version matrix file %1 is not valid JSON at line %2, column %3: %4</source>
        <translation>Die Versionsmatrix-Datei %1 ist kein gültiges JSON in Zeile %2, Spalte %3: %4</translation>
    </message>
    <message>
        <source>file %1, byte offset %2</source>
        <translation>Datei %1, Byte-Offset %2</translation>
    </message>
    <message>
        <source>Fix the JSON syntax, or reinstall dlstack if the file came with it.</source>
        <translation>Korrigieren Sie die JSON-Syntax oder installieren Sie dlstack neu, falls die Datei mitgeliefert wurde.</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>missing or not a number</source>
        <translation>fehlt oder ist keine Zahl</translation>
    </message>
    <message>
        <source>schema %1 is not known to this dlstack (it reads schema %2); a newer dlstack is needed</source>
        <translation>Schema %1 ist diesem dlstack nicht bekannt (es liest Schema %2); ein neueres dlstack wird benötigt</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>nicht leere Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a version</source>
        <translation>„%1“ ist keine Version</translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation>Liste von Zeichenketten erwartet</translation>
    </message>
    <message>
        <source>expected a non-empty list</source>
        <translation>nicht leere Liste erwartet</translation>
    </message>
    <message>
        <source>The version matrix file %1 is missing.</source>
        <translation>Die Versionsmatrix-Datei %1 fehlt.</translation>
    </message>
    <message>
        <source>releases must be listed oldest first, without duplicates</source>
        <translation>Releases müssen ohne Duplikate aufgeführt sein, das älteste zuerst</translation>
    </message>
    <message>
        <source>must be cuda, rocm or cpu, not &quot;%1&quot;</source>
        <translation>muss cuda, rocm oder cpu sein, nicht „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a compute capability</source>
        <translation>„%1“ ist keine Compute Capability</translation>
    </message>
    <message>
        <source>a CUDA variant needs its arch list</source>
        <translation>eine CUDA-Variante braucht ihre Arch-Liste</translation>
    </message>
    <message>
        <source>more than one variant is marked default</source>
        <translation>mehr als eine Variante ist als Standard markiert</translation>
    </message>
    <message>
        <source>sm_min %1 is above sm_max %2</source>
        <translation>sm_min %1 liegt über sm_max %2</translation>
    </message>
    <message>
        <source>Newest PyTorch whose %1 wheels run on driver %2 and have kernels for %3.</source>
        <translation>Neuestes PyTorch, dessen %1-Wheels mit Treiber %2 laufen und Kernel für %3 haben.</translation>
    </message>
    <message>
        <source>Newest PyTorch whose %1 wheels target %2.</source>
        <translation>Neuestes PyTorch, dessen %1-Wheels %2 unterstützen.</translation>
    </message>
    <message>
        <source>Older release; its %1 wheels also run here.</source>
        <translation>Älteres Release; seine %1-Wheels laufen hier ebenfalls.</translation>
    </message>
    <message>
        <source>Older release; its %1 wheels also target %2.</source>
        <translation>Älteres Release; seine %1-Wheels unterstützen ebenfalls %2.</translation>
    </message>
    <message>
        <source>No installed Python fits, so a conda environment brings Python %1.</source>
        <translation>Kein installiertes Python passt, daher bringt eine conda-Umgebung Python %1 mit.</translation>
    </message>
    <message>
        <source>No prebuilt wheel has kernels for %1; PyTorch %2 built from source with CUDA %3 does.</source>
        <translation>Kein vorgefertigtes Wheel hat Kernel für %1; PyTorch %2, aus dem Quellcode mit CUDA %3 gebaut, hat sie.</translation>
    </message>
    <message>
        <source>Works after a driver upgrade (see the findings); nothing runs on the current driver.</source>
        <translation>Funktioniert nach einem Treiber-Upgrade (siehe die Befunde); mit dem aktuellen Treiber läuft nichts.</translation>
    </message>
    <message>
        <source>No GPU was found; the CPU build of the newest PyTorch runs anywhere.</source>
        <translation>Es wurde keine GPU gefunden; der CPU-Build des neuesten PyTorch läuft überall.</translation>
    </message>
    <message>
        <source>No GPU build runs on this machine as it is; the CPU build does.</source>
        <translation>Auf diesem Rechner läuft in seinem jetzigen Zustand kein GPU-Build; der CPU-Build schon.</translation>
    </message>
    <message>
        <source>from source</source>
        <translation>aus dem Quellcode</translation>
    </message>
    <message>
        <source>prebuilt wheels</source>
        <translation>vorgefertigte Wheels</translation>
    </message>
    <message>
        <source>Unknown route &quot;%1&quot; in the selection.</source>
        <translation>Unbekannter Weg „%1“ in der Auswahl.</translation>
    </message>
    <message>
        <source>Use prebuilt or source.</source>
        <translation>Verwenden Sie prebuilt oder source.</translation>
    </message>
    <message>
        <source>Unknown backend &quot;%1&quot; in the selection.</source>
        <translation>Unbekanntes Backend „%1“ in der Auswahl.</translation>
    </message>
    <message>
        <source>Use cuda, rocm or cpu.</source>
        <translation>Verwenden Sie cuda, rocm oder cpu.</translation>
    </message>
    <message>
        <source>Unknown environment kind &quot;%1&quot;.</source>
        <translation>Unbekannte Umgebungsart „%1“.</translation>
    </message>
    <message>
        <source>Use new_venv, new_conda or existing.</source>
        <translation>Verwenden Sie new_venv, new_conda oder existing.</translation>
    </message>
    <message>
        <source>An existing environment was chosen without its path.</source>
        <translation>Eine bestehende Umgebung wurde ohne ihren Pfad gewählt.</translation>
    </message>
    <message>
        <source>Name the environment&apos;s directory.</source>
        <translation>Nennen Sie das Verzeichnis der Umgebung.</translation>
    </message>
    <message>
        <source>No PyTorch version was chosen.</source>
        <translation>Es wurde keine PyTorch-Version gewählt.</translation>
    </message>
    <message>
        <source>Pick one from `dlstack matrix` (%1 to %2).</source>
        <translation>Wählen Sie eine aus `dlstack matrix` (%1 bis %2).</translation>
    </message>
    <message>
        <source>PyTorch %1 is not in the tested matrix (%2 to %3); dlstack does not guess its requirements.</source>
        <translation>PyTorch %1 ist nicht in der getesteten Matrix (%2 bis %3); dlstack rät seine Anforderungen nicht.</translation>
    </message>
    <message>
        <source>Pick a version listed by `dlstack matrix`.</source>
        <translation>Wählen Sie eine Version, die `dlstack matrix` auflistet.</translation>
    </message>
    <message>
        <source>Both a CUDA and a ROCm version were chosen.</source>
        <translation>Sowohl eine CUDA- als auch eine ROCm-Version wurden gewählt.</translation>
    </message>
    <message>
        <source>Pick one backend.</source>
        <translation>Wählen Sie ein Backend.</translation>
    </message>
    <message>
        <source>No CUDA version was chosen.</source>
        <translation>Es wurde keine CUDA-Version gewählt.</translation>
    </message>
    <message>
        <source>Name one, e.g. --cuda 12.4.</source>
        <translation>Nennen Sie eine, z. B. --cuda 12.4.</translation>
    </message>
    <message>
        <source>CUDA %1 is not in the tested matrix (%2 to %3).</source>
        <translation>CUDA %1 ist nicht in der getesteten Matrix (%2 bis %3).</translation>
    </message>
    <message>
        <source>Pick a CUDA version listed by `dlstack matrix --torch %1`.</source>
        <translation>Wählen Sie eine CUDA-Version, die `dlstack matrix --torch %1` auflistet.</translation>
    </message>
    <message>
        <source>ROCm %1 is not in the tested matrix.</source>
        <translation>ROCm %1 ist nicht in der getesteten Matrix.</translation>
    </message>
    <message>
        <source>Pick a ROCm version listed by `dlstack matrix --torch %1`.</source>
        <translation>Wählen Sie eine ROCm-Version, die `dlstack matrix --torch %1` auflistet.</translation>
    </message>
    <message>
        <source>A CPU-only install was chosen together with a GPU backend version.</source>
        <translation>Eine reine CPU-Installation wurde zusammen mit einer GPU-Backend-Version gewählt.</translation>
    </message>
    <message>
        <source>Drop --cpu, or drop --cuda/--rocm.</source>
        <translation>Lassen Sie --cpu weg oder lassen Sie --cuda/--rocm weg.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Python version.</source>
        <translation>„%1“ ist keine Python-Version.</translation>
    </message>
    <message>
        <source>Write it like 3.11.</source>
        <translation>Schreiben Sie sie wie 3.11.</translation>
    </message>
    <message>
        <source>MAX_JOBS cannot be negative.</source>
        <translation>MAX_JOBS darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Could not write the download %1.</source>
        <translation>Der Download %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The download of %1 was cancelled.</source>
        <translation>Der Download von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1: checksum mismatch (expected %2, got %3)</source>
        <translation>%1: Prüfsumme stimmt nicht (erwartet %2, erhalten %3)</translation>
    </message>
    <message>
        <source>The downloaded file does not match its sha256 checksum.</source>
        <translation>Die heruntergeladene Datei stimmt nicht mit ihrer sha256-Prüfsumme überein.</translation>
    </message>
    <message>
        <source>The download failed from every source.</source>
        <translation>Der Download ist von allen Quellen fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The file was deleted. Check the plan&apos;s sha256 or the mirror.</source>
        <translation>Die Datei wurde gelöscht. Prüfen Sie die sha256 des Plans oder den Mirror.</translation>
    </message>
    <message>
        <source>Check the network or proxy, or put the file into the mirror directory.</source>
        <translation>Prüfen Sie das Netzwerk oder den Proxy oder legen Sie die Datei in das Mirror-Verzeichnis.</translation>
    </message>
    <message>
        <source>The version matrix blocks %1.</source>
        <translation>Die Versionsmatrix blockiert %1.</translation>
    </message>
    <message>
        <source>Change the selection as the findings say, or run `dlstack recommend`.</source>
        <translation>Ändern Sie die Auswahl, wie die Befunde es sagen, oder führen Sie `dlstack recommend` aus.</translation>
    </message>
    <message>
        <source>The install prefix must be an absolute path.</source>
        <translation>Das Installationspräfix muss ein absoluter Pfad sein.</translation>
    </message>
    <message>
        <source>Pass --prefix /path/to/prefix.</source>
        <translation>Geben Sie --prefix /path/to/prefix an.</translation>
    </message>
    <message>
        <source>The matrix does not know torch %1.</source>
        <translation>Die Matrix kennt torch %1 nicht.</translation>
    </message>
    <message>
        <source>The planner produced a plan the loader rejects.</source>
        <translation>Der Planer hat einen Plan erzeugt, den der Lader ablehnt.</translation>
    </message>
    <message>
        <source>Please report this with the selection and profile.</source>
        <translation>Bitte melden Sie dies zusammen mit der Auswahl und dem Profil.</translation>
    </message>
    <message>
        <source>No secret named &quot;%1&quot; is stored.</source>
        <translation>Es ist kein Geheimnis namens „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Store it first, for example with the wizard&apos;s Options page.</source>
        <translation>Speichern Sie es zuerst, zum Beispiel auf der Seite „Optionen“ des Assistenten.</translation>
    </message>
    <message>
        <source>The system keyring is not available.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Start a Secret Service (gnome-keyring or KWallet) and unlock it, then try again.</source>
        <translation>Starten Sie einen Secret Service (gnome-keyring oder KWallet), entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Free some disk space (or check the prefix&apos;s permissions) and run the install again; the download continues where it stopped.</source>
        <translation>Schaffen Sie Speicherplatz (oder prüfen Sie die Berechtigungen des Präfixes) und führen Sie die Installation erneut aus; der Download wird dort fortgesetzt, wo er angehalten hat.</translation>
    </message>
    <message>
        <source>Fetching the submodules again after an interrupted update.</source>
        <translation>Die Submodule werden nach einer unterbrochenen Aktualisierung erneut geholt.</translation>
    </message>
    <message>
        <source>%1 is truncated or damaged: %2</source>
        <translation>%1 ist abgeschnitten oder beschädigt: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a version comparison like &quot;&gt;=4.0&quot;</source>
        <translation>„%1“ ist kein Versionsvergleich wie „&gt;=4.0“</translation>
    </message>
    <message>
        <source>Another dlstack job is running in %1.</source>
        <translation>In %1 läuft bereits ein anderer dlstack-Auftrag.</translation>
    </message>
    <message>
        <source>Wait for it to finish, or stop it first (dlstack-wizard shows it).</source>
        <translation>Warten Sie, bis er fertig ist, oder halten Sie ihn zuerst an (dlstack-wizard zeigt ihn an).</translation>
    </message>
    <message>
        <source>Removed %1, left by an interrupted git command.</source>
        <translation>%1 entfernt, von einem unterbrochenen git-Befehl hinterlassen.</translation>
    </message>
    <message>
        <source>Choose a stack and an install folder first.</source>
        <translation>Wählen Sie zuerst einen Stack und einen Installationsordner.</translation>
    </message>
    <message>
        <source>Unknown extra &quot;%1&quot;.</source>
        <translation>Unbekanntes Extra &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>distcc hosts were named but the compiler launcher is not distcc.</source>
        <translation>Es wurden distcc-Rechner genannt, aber der Compiler-Starter ist nicht distcc.</translation>
    </message>
    <message>
        <source>Add --launcher distcc, or drop the hosts.</source>
        <translation>Geben Sie --launcher distcc an oder lassen Sie die Rechner weg.</translation>
    </message>
    <message>
        <source>sha256 must be 64 lower-case hex digits, or null</source>
        <translation>sha256 muss aus 64 kleingeschriebenen Hexziffern bestehen oder null sein</translation>
    </message>
    <message>
        <source>a cuDNN archive needs a cudnn-linux-x86_64-*_cudaN-archive.tar.xz file and an https URL ending in it</source>
        <translation>ein cuDNN-Archiv braucht eine Datei cudnn-linux-x86_64-*_cudaN-archive.tar.xz und eine https-URL, die damit endet</translation>
    </message>
    <message>
        <source>a Miniforge release looks like 25.3.1-0</source>
        <translation>eine Miniforge-Version sieht aus wie 25.3.1-0</translation>
    </message>
    <message>
        <source>Unknown toolkit source &quot;%1&quot;.</source>
        <translation>Unbekannte Toolkit-Quelle &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Use runfile or conda.</source>
        <translation>Verwenden Sie runfile oder conda.</translation>
    </message>
    <message>
        <source>A CUDA toolkit from conda needs a conda environment.</source>
        <translation>Ein CUDA-Toolkit aus conda braucht eine conda-Umgebung.</translation>
    </message>
    <message>
        <source>Choose a new conda environment, or take the toolkit from the runfile.</source>
        <translation>Wählen Sie eine neue conda-Umgebung oder nehmen Sie das Toolkit aus dem runfile.</translation>
    </message>
    <message>
        <source>The install prefix %1 is not a directory.</source>
        <translation>Das Installationspräfix %1 ist kein Verzeichnis.</translation>
    </message>
    <message>
        <source>Check the path, or create the directory first.</source>
        <translation>Prüfen Sie den Pfad, oder legen Sie das Verzeichnis zuerst an.</translation>
    </message>
    <message>
        <source>%1 is a copy of the install prefix %2; nothing was changed.</source>
        <translation>%1 ist eine Kopie des Installationspräfixes %2; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The journal in %1 records the files of %2 (both carry install id %3). Resuming or rolling back here would change %2.</source>
        <translation>Das Journal in %1 verzeichnet die Dateien von %2 (beide tragen die Installations-ID %3). Fortsetzen oder Zurücknehmen hier würde %2 ändern.</translation>
    </message>
    <message>
        <source>The install prefix was moved from %1 to %2; nothing was changed.</source>
        <translation>Das Installationspräfix wurde von %1 nach %2 verschoben; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Its journal names paths under %1, which no longer holds this install.</source>
        <translation>Sein Journal nennt Pfade unter %1, das diese Installation nicht mehr enthält.</translation>
    </message>
    <message>
        <source>If you moved it on purpose, run the command again with --reanchor: the journal&apos;s paths under %1 are then read as paths under %2.</source>
        <translation>Wenn Sie es absichtlich verschoben haben, führen Sie den Befehl erneut mit --reanchor aus: die Pfade des Journals unter %1 werden dann als Pfade unter %2 gelesen.</translation>
    </message>
    <message>
        <source>The failure starts at line %1: %2</source>
        <translation>Der Fehler beginnt in Zeile %1: %2</translation>
    </message>
    <message>
        <source>none (a CPU or ROCm build)</source>
        <translation>keine (ein CPU- oder ROCm-Build)</translation>
    </message>
    <message>
        <source>Stopped reading %1 after %2 MiB; the counts cover the first %2 MiB (%3 lines). Send a shorter excerpt to have all of it read.</source>
        <translation>Lesen von %1 nach %2 MiB beendet; die Zählungen umfassen die ersten %2 MiB (%3 Zeilen). Senden Sie einen kürzeren Auszug, damit alles gelesen wird.</translation>
    </message>
    <message>
        <source>The path %1 contains the control character U+%2.</source>
        <translation>Der Pfad %1 enthält das Steuerzeichen U+%2.</translation>
    </message>
    <message>
        <source>Remove it: a path dlstack writes must be printable text.</source>
        <translation>Entfernen Sie es: ein Pfad, den dlstack schreibt, muss druckbarer Text sein.</translation>
    </message>
    <message>
        <source>The path %1 is outside %2.</source>
        <translation>Der Pfad %1 liegt außerhalb von %2.</translation>
    </message>
    <message>
        <source>Choose a path below one of them.</source>
        <translation>Wählen Sie einen Pfad unterhalb eines davon.</translation>
    </message>
    <message>
        <source>The path %1 cannot be used: %2 is not a directory.</source>
        <translation>Der Pfad %1 ist nicht verwendbar: %2 ist kein Verzeichnis.</translation>
    </message>
    <message>
        <source>Remove that file or choose another path.</source>
        <translation>Entfernen Sie diese Datei oder wählen Sie einen anderen Pfad.</translation>
    </message>
    <message>
        <source>The path %1 leads out of %2.</source>
        <translation>Der Pfad %1 führt aus %2 hinaus.</translation>
    </message>
    <message>
        <source>The path %1 leads out of %2 through the symbolic link %3 (-&gt; %4).</source>
        <translation>Der Pfad %1 führt über den symbolischen Link %3 (-&gt; %4) aus %2 hinaus.</translation>
    </message>
    <message>
        <source>dlstack writes only below %1. Remove or change that link, or choose another path.</source>
        <translation>dlstack schreibt nur unterhalb von %1. Entfernen oder ändern Sie diesen Link, oder wählen Sie einen anderen Pfad.</translation>
    </message>
    <message>
        <source>The path %1 passes through more than %2 symbolic links.</source>
        <translation>Der Pfad %1 führt über mehr als %2 symbolische Links.</translation>
    </message>
    <message>
        <source>A link probably points at itself; remove it.</source>
        <translation>Ein Link zeigt wahrscheinlich auf sich selbst; entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>The path %1 is inside %2, which plan steps may not change.</source>
        <translation>Der Pfad %1 liegt in %2, das Plan-Schritte nicht ändern dürfen.</translation>
    </message>
    <message>
        <source>Choose a path outside %1.</source>
        <translation>Wählen Sie einen Pfad außerhalb von %1.</translation>
    </message>
    <message>
        <source>The plan could not be kept in the prefix (%1); to resume, give its file again.</source>
        <translation>Der Plan konnte nicht im Präfix abgelegt werden (%1); geben Sie zum Fortsetzen seine Datei erneut an.</translation>
    </message>
    <message>
        <source>This prefix ran another plan before; it is kept as %1.</source>
        <translation>Dieses Präfix hat zuvor einen anderen Plan ausgeführt; er ist als %1 abgelegt.</translation>
    </message>
    <message>
        <source>The directory %1 could not be created.</source>
        <translation>Das Verzeichnis %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Run dlstack on %1 itself. To keep the copy as plain files, remove %2.</source>
        <translation>Führen Sie dlstack auf %1 selbst aus. Um die Kopie als einfache Dateien zu behalten, entfernen Sie %2.</translation>
    </message>
    <message>
        <source>Unknown event &quot;%1&quot;.</source>
        <translation>Unbekanntes Ereignis „%1“.</translation>
    </message>
    <message>
        <source>The %1 event has no &quot;%2&quot;.</source>
        <translation>Dem Ereignis %1 fehlt „%2“.</translation>
    </message>
    <message>
        <source>The event log %1 could not be opened.</source>
        <translation>Das Ereignis-Log %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Check the permissions of the folder and the free disk space.</source>
        <translation>Prüfen Sie die Berechtigungen des Ordners und den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>The build log %1 could not be opened.</source>
        <translation>Das Build-Log %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Remove it; dlstack writes the stage&apos;s log there.</source>
        <translation>Entfernen Sie es; dlstack schreibt dort das Log der Stufe.</translation>
    </message>
    <message>
        <source>The log %1 could not be written.</source>
        <translation>Das Log %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Check the free disk space.</source>
        <translation>Prüfen Sie den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>Unknown compiler launcher &quot;%1&quot; in the selection.</source>
        <translation>Unbekannter Compiler-Launcher „%1“ in der Auswahl.</translation>
    </message>
    <message>
        <source>Use ccache, sccache or distcc.</source>
        <translation>Verwenden Sie ccache, sccache oder distcc.</translation>
    </message>
    <message>
        <source>&quot;outranks&quot; of %1 must be an array of other rules&apos; ids</source>
        <translation>„outranks“ von %1 muss eine Liste der IDs anderer Regeln sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the arch list is not a CUDA architecture.</source>
        <translation>„%1“ in der Arch-Liste ist keine CUDA-Architektur.</translation>
    </message>
    <message>
        <source>Write compute capabilities like 8.6 or 9.0+PTX.</source>
        <translation>Schreiben Sie Compute Capabilities wie 8.6 oder 9.0+PTX.</translation>
    </message>
    <message>
        <source>CUDA %1 does not know %2 (%3) from the arch list: it compiles for %4 to %5.</source>
        <translation>CUDA %1 kennt %2 (%3) aus der Arch-Liste nicht: Es kompiliert für %4 bis %5.</translation>
    </message>
    <message>
        <source>Drop %1 from --arch-list, or pick a CUDA version that still targets it.</source>
        <translation>Entfernen Sie %1 aus --arch-list oder wählen Sie eine CUDA-Version, die es noch unterstützt.</translation>
    </message>
    <message>
        <source>Extras are torchvision, torchaudio, torchtext (optionally ==VERSION), apex, opencv and opencv-cuda.</source>
        <translation>Extras sind torchvision, torchaudio, torchtext (optional ==VERSION), apex, opencv und opencv-cuda.</translation>
    </message>
    <message>
        <source>The install downloads nothing, so it needs no internet connection.</source>
        <translation>Die Installation lädt nichts herunter und braucht daher keine Internetverbindung.</translation>
    </message>
    <message>
        <source>Every server the install downloads from answers (%1).</source>
        <translation>Jeder Server, von dem die Installation lädt, antwortet (%1).</translation>
    </message>
    <message>
        <source> through the proxy %1</source>
        <translation> über den Proxy %1</translation>
    </message>
    <message>
        <source>This machine is offline: %1 cannot be reached%2 (%3); download everything on a machine with internet with `dlstack bundle PLAN.json DIR`, copy DIR here and choose it as the offline folder (--mirror DIR).</source>
        <translation>Dieser Rechner ist offline: %1 ist nicht erreichbar%2 (%3); laden Sie alles auf einem Rechner mit Internet mit `dlstack bundle PLAN.json DIR` herunter, kopieren Sie DIR hierher und wählen Sie ihn als Offline-Ordner (--mirror DIR).</translation>
    </message>
    <message>
        <source>%1 cannot be reached%2 (%3), so the stages that download from there will fail; check the network or proxy, or fill an offline folder with `dlstack bundle PLAN.json DIR` and choose it (--mirror DIR).</source>
        <translation>%1 ist nicht erreichbar%2 (%3), daher scheitern die Stufen, die von dort laden; prüfen Sie Netz oder Proxy, oder füllen Sie mit `dlstack bundle PLAN.json DIR` einen Offline-Ordner und wählen Sie ihn (--mirror DIR).</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort binnen %1 s</translation>
    </message>
    <message>
        <source>the proxy answered HTTP %1</source>
        <translation>der Proxy antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2; trying again in %3 s (attempt %4 of %5)</source>
        <translation>%1: %2; neuer Versuch in %3 s (Versuch %4 von %5)</translation>
    </message>
    <message>
        <source>%1 is not text (it holds control bytes that no tool output has); nothing was read from it. Send the output as plain text.</source>
        <translation>%1 ist kein Text (die Datei enthält Steuerbytes, die keine Tool-Ausgabe hat); es wurde nichts daraus gelesen. Schicken Sie die Ausgabe als reinen Text.</translation>
    </message>
    <message>
        <source>%1: no part of it is in a format dlstack reads (collect_env, nvidia-smi, nvcc, rocminfo, rocm-smi, amd-smi, conda info, os-release and the others `dlstack import --help` lists).</source>
        <translation>%1: Kein Teil davon liegt in einem Format vor, das dlstack liest (collect_env, nvidia-smi, nvcc, rocminfo, rocm-smi, amd-smi, conda info, os-release und die anderen, die `dlstack import --help` aufführt).</translation>
    </message>
    <message>
        <source>%1 is read as %2 but does not show %3; the text may have been cut short.</source>
        <translation>%1 wird als %2 gelesen, zeigt aber %3 nicht; der Text wurde vielleicht abgeschnitten.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to dlstack</source>
        <translation>Willkommen bei dlstack</translation>
    </message>
    <message>
        <source>A working PyTorch on this machine, from a combination that is known to work.</source>
        <translation>Ein funktionierendes PyTorch auf diesem Rechner, aus einer Kombination, die bekanntermaßen funktioniert.</translation>
    </message>
    <message>
        <source>&lt;p&gt;dlstack will:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;look at this machine: GPU, driver, CUDA or ROCm, compilers, Python and existing environments;&lt;/li&gt;&lt;li&gt;offer only PyTorch stacks that are tested to work with what it found, and say why the others are not offered;&lt;/li&gt;&lt;li&gt;install the stack into a new environment, step by step, with a log you can read;&lt;/li&gt;&lt;li&gt;tell you the one command that activates it.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Nothing outside the install folder you choose is changed, and every step can be rolled back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;dlstack wird:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;diesen Rechner untersuchen: GPU, Treiber, CUDA oder ROCm, Compiler, Python und bestehende Umgebungen;&lt;/li&gt;&lt;li&gt;nur PyTorch-Stacks anbieten, die mit dem Gefundenen getestet funktionieren, und sagen, warum die anderen nicht angeboten werden;&lt;/li&gt;&lt;li&gt;den Stack Schritt für Schritt in eine neue Umgebung installieren, mit einem Log, das Sie lesen können;&lt;/li&gt;&lt;li&gt;Ihnen den einen Befehl nennen, der sie aktiviert.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Außerhalb des von Ihnen gewählten Installationsordners wird nichts geändert, und jeder Schritt kann zurückgenommen werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The built-in version matrix could not be read: %1</source>
        <translation>Die eingebaute Versionsmatrix konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What the install needs:&lt;/b&gt; an internet connection (prebuilt CUDA wheels are about %1 to download, a CUDA toolkit about %2 more, CPU wheels about %3), disk space (about %4 for CUDA wheels, %5 or more for a build from source) and time (minutes for wheels, hours for a build from source). The Review page shows the figures for your choices.&lt;/p&gt;&lt;p&gt;No internet on this machine? Fill an offline folder on one that has it with &lt;code&gt;dlstack bundle&lt;/code&gt; and choose that folder on the Options page.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Was die Installation braucht:&lt;/b&gt; eine Internetverbindung (vorgebaute CUDA-Wheels sind etwa %1 groß, ein CUDA-Toolkit etwa %2 mehr, CPU-Wheels etwa %3), Speicherplatz (etwa %4 für CUDA-Wheels, %5 oder mehr für einen Bau aus dem Quellcode) und Zeit (Minuten für Wheels, Stunden für einen Bau aus dem Quellcode). Die Seite „Überprüfen“ zeigt die Zahlen für Ihre Auswahl.&lt;/p&gt;&lt;p&gt;Kein Internet auf diesem Rechner? Füllen Sie auf einem Rechner mit Internet mit &lt;code&gt;dlstack bundle&lt;/code&gt; einen Offline-Ordner und wählen Sie ihn auf der Seite Optionen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>WizardMain</name>
    <message>
        <source>An install stopped part-way</source>
        <translation>Eine Installation wurde unterwegs beendet</translation>
    </message>
    <message>
        <source>The install into %1 stopped before it finished. Open it to resume it or to roll stages back?</source>
        <translation>Die Installation in %1 wurde vor dem Ende beendet. Öffnen, um sie fortzusetzen oder Stufen zurückzunehmen?</translation>
    </message>
    <message>
        <source>Usage: dlstack-wizard [--plan FILE | --log FILE]</source>
        <translation>Aufruf: dlstack-wizard [--plan DATEI | --log DATEI]</translation>
    </message>
    <message>
        <source>Set up a deep-learning stack: detect this machine, pick a tested PyTorch stack, install it and see why a build failed.</source>
        <translation>Einen Deep-Learning-Stack einrichten: diesen Rechner erkennen, einen getesteten PyTorch-Stack wählen, ihn installieren und sehen, warum ein Build fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>  --plan FILE   run an existing plan (made by `dlstack plan` or exported by the wizard)</source>
        <translation>  --plan DATEI  einen vorhandenen Plan ausführen (erstellt mit `dlstack plan` oder vom Assistenten exportiert)</translation>
    </message>
    <message>
        <source>  --log FILE    open a build log in the log inspector alone</source>
        <translation>  --log DATEI   ein Build-Log allein im Log-Inspektor öffnen</translation>
    </message>
    <message>
        <source>  --version     print the version</source>
        <translation>  --version     die Version ausgeben</translation>
    </message>
    <message>
        <source>  -h, --help    print this help</source>
        <translation>  -h, --help    diese Hilfe ausgeben</translation>
    </message>
    <message>
        <source>The command line `dlstack` does the same without a window: dlstack --help.</source>
        <translation>Die Befehlszeile `dlstack` kann dasselbe ohne Fenster: dlstack --help.</translation>
    </message>
    <message>
        <source>%1 needs a file: dlstack-wizard %1 FILE</source>
        <translation>%1 braucht eine Datei: dlstack-wizard %1 DATEI</translation>
    </message>
    <message>
        <source>Unknown option %1. See dlstack-wizard --help.</source>
        <translation>Unbekannte Option %1. Siehe dlstack-wizard --help.</translation>
    </message>
    <message>
        <source>dlstack-wizard needs a graphical session (no DISPLAY or WAYLAND_DISPLAY is set). Over SSH use `ssh -X`, or use the command line instead: dlstack --help.</source>
        <translation>dlstack-wizard braucht eine grafische Sitzung (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt). Verwenden Sie über SSH `ssh -X` oder stattdessen die Befehlszeile: dlstack --help.</translation>
    </message>
</context>
<context>
    <name>WizardState</name>
    <message>
        <source>driver %1</source>
        <translation>Treiber %1</translation>
    </message>
    <message>
        <source>another machine</source>
        <translation>einen anderen Rechner</translation>
    </message>
</context>
</TS>
