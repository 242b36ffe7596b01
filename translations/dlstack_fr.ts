<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Amounts</name>
    <message>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 Gio</translation>
    </message>
    <message>
        <source>about 1 minute</source>
        <translation>environ 1 minute</translation>
    </message>
    <message>
        <source>about %1 minutes</source>
        <translation>environ %1 minutes</translation>
    </message>
    <message>
        <source>about %1 hours</source>
        <translation>environ %1 heures</translation>
    </message>
</context>
<context>
    <name>AnsibleExporter</name>
    <message>
        <source>The plan holds a URL with a user name, password or query; the playbook would copy it to every host and into their results.</source>
        <translation>Le plan contient une URL avec un nom d’utilisateur, un mot de passe ou une requête ; le playbook la copierait sur chaque hôte et dans leurs résultats.</translation>
    </message>
    <message>
        <source>Keep the credential in the secret store (a download step&apos;s &quot;credential&quot;) or use the bash export, which reads such URLs from the environment.</source>
        <translation>Gardez les identifiants dans le trousseau (le « credential » d’un pas de téléchargement) ou utilisez l’export bash, qui lit ces URL depuis l’environnement.</translation>
    </message>
</context>
<context>
    <name>ApexRecipe</name>
    <message>
        <source>Apex is checked out at commit 26bba57 (https://github.com/NVIDIA/apex/pull/1918), not a tag: every Apex tag up to 25.09 compiles one CUDA extension for compute_70, which CUDA %1 dropped; from that commit on all extensions follow TORCH_CUDA_ARCH_LIST.</source>
        <translation>Apex est récupéré au commit 26bba57 (https://github.com/NVIDIA/apex/pull/1918), pas à un tag : chaque tag Apex jusqu’à 25.09 compile une extension CUDA pour compute_70, que CUDA %1 ne prend plus en charge ; à partir de ce commit, toutes les extensions suivent TORCH_CUDA_ARCH_LIST.</translation>
    </message>
</context>
<context>
    <name>AppLog</name>
    <message>
        <source>The log %1 is not opened: %2 is already being written.</source>
        <translation>Le journal %1 n’est pas ouvert : %2 est déjà en cours d’écriture.</translation>
    </message>
    <message>
        <source>The log file %1 cannot be written (%2); continuing without it.</source>
        <translation>Le fichier journal %1 ne peut pas être écrit (%2) ; la suite se fait sans lui.</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Check that the directory exists, is writable and has free space.</source>
        <translation>Vérifiez que le répertoire existe, est accessible en écriture et dispose d’espace libre.</translation>
    </message>
</context>
<context>
    <name>BackendRule</name>
    <message>
        <source>This machine has an AMD GPU (%1): pick a ROCm build (--rocm), or a CPU-only build (--cpu).</source>
        <translation>Cette machine a un GPU AMD (%1) : choisissez une build ROCm (--rocm) ou une build CPU uniquement (--cpu).</translation>
    </message>
    <message>
        <source>Pick a CPU-only build (--cpu), or run the check on the machine with the GPU.</source>
        <translation>Choisissez une build CPU uniquement (--cpu), ou lancez la vérification sur la machine qui a le GPU.</translation>
    </message>
    <message>
        <source>No NVIDIA GPU was found, so a CUDA build of PyTorch has nothing to run on.</source>
        <translation>Aucun GPU NVIDIA n’a été trouvé : une build CUDA de PyTorch n’a rien sur quoi s’exécuter.</translation>
    </message>
    <message>
        <source>No AMD GPU was found, so a ROCm build of PyTorch has nothing to run on.</source>
        <translation>Aucun GPU AMD n’a été trouvé : une build ROCm de PyTorch n’a rien sur quoi s’exécuter.</translation>
    </message>
    <message>
        <source>Pick a CPU-only build (--cpu).</source>
        <translation>Choisissez une build CPU uniquement (--cpu).</translation>
    </message>
    <message>
        <source>This machine has an NVIDIA GPU: pick a CUDA build.</source>
        <translation>Cette machine a un GPU NVIDIA : choisissez une build CUDA.</translation>
    </message>
    <message>
        <source>A CPU-only build will not use the %1 in this machine.</source>
        <translation>Une build CPU uniquement n’utilisera pas le %1 de cette machine.</translation>
    </message>
    <message>
        <source>`dlstack recommend` lists GPU builds that run on it.</source>
        <translation>`dlstack recommend` liste les builds GPU qui y fonctionnent.</translation>
    </message>
    <message>
        <source>Under WSL the NVIDIA driver comes from Windows; do not install a Linux NVIDIA driver inside WSL.</source>
        <translation>Sous WSL, le pilote NVIDIA vient de Windows ; n’installez pas de pilote NVIDIA Linux dans WSL.</translation>
    </message>
    <message>
        <source>Update the driver on the Windows side when a newer one is needed.</source>
        <translation>Mettez à jour le pilote côté Windows lorsqu’une version plus récente est nécessaire.</translation>
    </message>
    <message>
        <source>The image is planned without a GPU; the container gets one from its host.</source>
        <translation>L’image est planifiée sans GPU ; le conteneur en reçoit un de son hôte.</translation>
    </message>
    <message>
        <source>The plan is for the machine of the profile; it is not installed here.</source>
        <translation>Le plan est destiné à la machine du profil ; il n’est pas installé ici.</translation>
    </message>
    <message>
        <source>No NVIDIA GPU is in the profile; the CUDA build is planned for the arch list given or the wheels&apos; own.</source>
        <translation>Le profil ne contient aucun GPU NVIDIA ; la build CUDA est planifiée pour la liste d’architectures donnée ou celle des wheels.</translation>
    </message>
    <message>
        <source>No AMD GPU is in the profile; the ROCm build is planned for the targets given or the wheels&apos; own.</source>
        <translation>Le profil ne contient aucun GPU AMD ; la build ROCm est planifiée pour les cibles données ou celles des wheels.</translation>
    </message>
</context>
<context>
    <name>BuildDefaults</name>
    <message>
        <source>The smaller of the CPU cores (%1) and the GiB of memory / 3 (%2): a compile job of PyTorch takes about 3 GB.</source>
        <translation>La plus petite valeur entre les cœurs CPU (%1) et les Gio de mémoire / 3 (%2) : une tâche de compilation de PyTorch prend environ 3 Go.</translation>
    </message>
    <message>
        <source>The CPU cores (%1); the memory of this machine is not known.</source>
        <translation>Les cœurs CPU (%1) ; la mémoire de cette machine est inconnue.</translation>
    </message>
    <message>
        <source>Neither the cores nor the memory of this machine are known; %1 is a cautious guess.</source>
        <translation>Ni les cœurs ni la mémoire de cette machine ne sont connus ; %1 est une estimation prudente.</translation>
    </message>
    <message>
        <source>The %1 compile slots of the distcc hosts.</source>
        <translation>Les %1 emplacements de compilation des hôtes distcc.</translation>
    </message>
    <message>
        <source>The compute capabilities of this machine&apos;s NVIDIA GPUs that CUDA %1 can build for; +PTX lets newer GPUs run the code too.</source>
        <translation>Les compute capabilities des GPU NVIDIA de cette machine pour lesquelles CUDA %1 sait compiler ; +PTX permet aussi aux GPU plus récents d’exécuter le code.</translation>
    </message>
    <message>
        <source>No NVIDIA GPU was found, so the list of the %1 wheels.</source>
        <translation>Aucun GPU NVIDIA trouvé, donc la liste des wheels %1.</translation>
    </message>
    <message>
        <source>The gfx targets of this machine&apos;s AMD GPUs.</source>
        <translation>Les cibles gfx des GPU AMD de cette machine.</translation>
    </message>
    <message>
        <source>No AMD GPU was found, so the targets of the %1 wheels.</source>
        <translation>Aucun GPU AMD trouvé, donc les cibles des wheels %1.</translation>
    </message>
</context>
<context>
    <name>Bundler</name>
    <message>
        <source>The folder %1 cannot be written.</source>
        <translation>Le dossier %1 n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, or make this one writable for your user.</source>
        <translation>Choisissez un dossier où vous pouvez écrire, ou rendez celui-ci accessible en écriture pour votre utilisateur.</translation>
    </message>
    <message>
        <source>download %1</source>
        <translation>téléchargement : %1</translation>
    </message>
    <message>
        <source>Could not move the download to %1.</source>
        <translation>Impossible de déplacer le téléchargement vers %1.</translation>
    </message>
    <message>
        <source>pip download %1</source>
        <translation>pip download %1</translation>
    </message>
    <message>
        <source>pip download failed for %1.</source>
        <translation>pip download a échoué pour %1.</translation>
    </message>
    <message>
        <source>Check the network and the package index, then run the bundle again.</source>
        <translation>Vérifiez le réseau et l’index de paquets, puis relancez le bundle.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Checks one PyTorch selection against this machine (or a saved or imported profile) and says what blocks it and what to do. Exit code: 0 ok or warnings, 1 blocked, 2 bad arguments.</source>
        <translation>Vérifie une sélection PyTorch par rapport à cette machine (ou à un profil enregistré ou importé) et indique ce qui la bloque et que faire. Code de sortie : 0 correct ou avertissements, 1 bloqué, 2 arguments invalides.</translation>
    </message>
    <message>
        <source>Print {verdict, findings} as JSON.</source>
        <translation>Afficher {verdict, findings} en JSON.</translation>
    </message>
    <message>
        <source>check takes no positional arguments: %1</source>
        <translation>check n’accepte pas d’arguments positionnels : %1</translation>
    </message>
</context>
<context>
    <name>Checker</name>
    <message>
        <source>PyTorch %1 is not in the tested matrix.</source>
        <translation>PyTorch %1 ne figure pas dans la matrice testée.</translation>
    </message>
    <message>
        <source>Pick a version listed by `dlstack matrix`.</source>
        <translation>Choisissez une version listée par `dlstack matrix`.</translation>
    </message>
    <message>
        <source>CUDA %1 is not in the tested matrix.</source>
        <translation>CUDA %1 ne figure pas dans la matrice testée.</translation>
    </message>
    <message>
        <source>Pick a CUDA version listed by `dlstack matrix --torch %1`.</source>
        <translation>Choisissez une version de CUDA listée par `dlstack matrix --torch %1`.</translation>
    </message>
    <message>
        <source>ROCm %1 is not in the tested matrix.</source>
        <translation>ROCm %1 ne figure pas dans la matrice testée.</translation>
    </message>
    <message>
        <source>Pick a ROCm version listed by `dlstack matrix --torch %1`.</source>
        <translation>Choisissez une version de ROCm listée par `dlstack matrix --torch %1`.</translation>
    </message>
    <message>
        <source>PyTorch %1 has no official %2 wheels.</source>
        <translation>PyTorch %1 n’a pas de wheels %2 officielles.</translation>
    </message>
    <message>
        <source>Pick one of the published variants (%1), or build from source (--route source).</source>
        <translation>Choisissez l’une des variantes publiées (%1), ou compilez depuis les sources (--route source).</translation>
    </message>
    <message>
        <source>PyTorch %1 was not released with CUDA %2; a build may work but was not tested by PyTorch.</source>
        <translation>PyTorch %1 n’a pas été publié avec CUDA %2 ; une build peut fonctionner mais n’a pas été testée par PyTorch.</translation>
    </message>
    <message>
        <source>Prefer a CUDA version of its wheels (%1).</source>
        <translation>Préférez une version de CUDA de ses wheels (%1).</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run a plan&apos;s stages; running it again resumes</source>
        <translation>Exécuter les étapes d’un plan ; une nouvelle exécution reprend</translation>
    </message>
    <message>
        <source>Show the state of each stage installed into a prefix</source>
        <translation>Afficher l’état de chaque étape installée dans un préfixe</translation>
    </message>
    <message>
        <source>Undo installed stages, newest first</source>
        <translation>Annuler les étapes installées, la plus récente en premier</translation>
    </message>
    <message>
        <source>== stage %1: %2</source>
        <translation>== étape %1 : %2</translation>
    </message>
    <message>
        <source>== stage %1: already done, skipped</source>
        <translation>== étape %1 : déjà faite, ignorée</translation>
    </message>
    <message>
        <source>== stage %1: finished</source>
        <translation>== étape %1 : terminée</translation>
    </message>
    <message>
        <source>== stage %1 failed: %2</source>
        <translation>== étape %1 échouée : %2</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>pas %1</translation>
    </message>
    <message>
        <source>Run a plan; running it again resumes where it stopped.</source>
        <translation>Exécuter un plan ; une nouvelle exécution reprend là où il s’est arrêté.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Ne pas demander de confirmation.</translation>
    </message>
    <message>
        <source>Run only this stage.</source>
        <translation>Exécuter uniquement cette étape.</translation>
    </message>
    <message>
        <source>Start at this stage.</source>
        <translation>Commencer à cette étape.</translation>
    </message>
    <message>
        <source>Print the stages and steps; change nothing.</source>
        <translation>Afficher les étapes et les pas ; ne rien modifier.</translation>
    </message>
    <message>
        <source>The plan has no stage &quot;%1&quot;.</source>
        <translation>Le plan n’a pas d’étape « %1 ».</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; into %2</source>
        <translation>Plan « %1 » dans %2</translation>
    </message>
    <message>
        <source>stage %1: %2</source>
        <translation>étape %1 : %2</translation>
    </message>
    <message>
        <source>Install &quot;%1&quot; into %2?</source>
        <translation>Installer « %1 » dans %2 ?</translation>
    </message>
    <message>
        <source>All stages finished.</source>
        <translation>Toutes les étapes sont terminées.</translation>
    </message>
    <message>
        <source>Name the root cause of a failed build from its log, with a remedy</source>
        <translation>Nommer la cause d’échec d’une build à partir de son journal, avec un remède</translation>
    </message>
    <message>
        <source>List the tested PyTorch, CUDA, ROCm and Python combinations</source>
        <translation>Lister les combinaisons testées de PyTorch, CUDA, ROCm et Python</translation>
    </message>
    <message>
        <source>Check one PyTorch selection against a machine and say what blocks it</source>
        <translation>Vérifier une sélection PyTorch par rapport à une machine et dire ce qui la bloque</translation>
    </message>
    <message>
        <source>Propose the PyTorch selections that will work on a machine</source>
        <translation>Proposer les sélections PyTorch qui fonctionneront sur une machine</translation>
    </message>
    <message>
        <source>Plan an install (JSON plan, bash script or Dockerfile) for a selection</source>
        <translation>Planifier une installation (plan JSON, script bash ou Dockerfile) pour une sélection</translation>
    </message>
    <message>
        <source>Detect GPUs, drivers, CUDA, compilers and Python environments</source>
        <translation>Détecter les GPU, pilotes, CUDA, compilateurs et environnements Python</translation>
    </message>
    <message>
        <source>Build a profile of another machine from pasted tool output</source>
        <translation>Construire le profil d’une autre machine à partir de sorties d’outils collées</translation>
    </message>
    <message>
        <source>The install prefix.</source>
        <translation>Le préfixe d’installation.</translation>
    </message>
    <message>
        <source>Roll back this stage.</source>
        <translation>Annuler cette étape.</translation>
    </message>
    <message>
        <source>Roll back every stage, newest first.</source>
        <translation>Annuler toutes les étapes, la plus récente en premier.</translation>
    </message>
    <message>
        <source>every stage</source>
        <translation>toutes les étapes</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
    <message>
        <source>Usage: dlstack status --prefix P [--json]</source>
        <translation>Usage : dlstack status --prefix P [--json]</translation>
    </message>
    <message>
        <source>Nothing was installed into %1 by dlstack.</source>
        <translation>dlstack n’a rien installé dans %1.</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; in %2</source>
        <translation>Plan « %1 » dans %2</translation>
    </message>
    <message>
        <source>Usage: dlstack &lt;command&gt; [options]</source>
        <translation>Usage : dlstack &lt;commande&gt; [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Run `dlstack &lt;command&gt; --help` for the options of a command.</source>
        <translation>Lancez `dlstack &lt;commande&gt; --help` pour voir les options d’une commande.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Also append every event as a JSON line to this file.</source>
        <translation>Ajouter aussi chaque événement comme ligne JSON à ce fichier.</translation>
    </message>
    <message>
        <source>Fetch everything a plan downloads into a folder for an offline machine.</source>
        <translation>Récupérer dans un dossier tout ce qu’un plan télécharge, pour une machine sans Internet.</translation>
    </message>
    <message>
        <source>The plan file (JSON).</source>
        <translation>Le fichier de plan (JSON).</translation>
    </message>
    <message>
        <source>The folder to fill.</source>
        <translation>Le dossier à remplir.</translation>
    </message>
    <message>
        <source>Fetch wheels for this Python (e.g. 3.11).</source>
        <translation>Récupérer les wheels pour ce Python (p. ex. 3.11).</translation>
    </message>
    <message>
        <source>Fetch wheels for this platform tag (e.g. manylinux_2_28_x86_64).</source>
        <translation>Récupérer les wheels pour cette plateforme (p. ex. manylinux_2_28_x86_64).</translation>
    </message>
    <message>
        <source>Usage: dlstack bundle PLAN.json DIR [--python X.Y] [--platform TAG]</source>
        <translation>Usage : dlstack bundle PLAN.json DOSSIER [--python X.Y] [--platform TAG]</translation>
    </message>
    <message>
        <source>not bundled (a git checkout; clone it on the offline machine&apos;s network or copy the prefix&apos;s source folder): %1</source>
        <translation>non regroupé (un dépôt git ; clonez-le sur le réseau de la machine hors ligne ou copiez le dossier source du préfixe) : %1</translation>
    </message>
    <message>
        <source>Fetch everything a plan downloads into a folder for an offline machine</source>
        <translation>Récupérer dans un dossier tout ce qu’un plan télécharge, pour une machine sans Internet</translation>
    </message>
    <message>
        <source>not bundled (conda packages; give the offline machine a conda channel mirror, or build the environment where there is a network and move it with conda-pack): %1</source>
        <translation>non inclus (paquets conda ; donnez à la machine hors ligne un miroir de canal conda, ou construisez l’environnement là où il y a du réseau et déplacez-le avec conda-pack) : %1</translation>
    </message>
    <message>
        <source>The log of stage %1 is %2</source>
        <translation>Le journal de l’étape %1 est %2</translation>
    </message>
    <message>
        <source>No known cause: %1</source>
        <translation>Aucune cause connue : %1</translation>
    </message>
    <message>
        <source>Diagnosis: %1</source>
        <translation>Diagnostic : %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>Why: </source>
        <translation>Pourquoi : </translation>
    </message>
    <message>
        <source>What to do: </source>
        <translation>Que faire : </translation>
    </message>
    <message>
        <source>The prefix was moved with its journal: read the journal&apos;s paths as paths in the plan&apos;s prefix.</source>
        <translation>Le préfixe a été déplacé avec son journal : lire les chemins du journal comme des chemins dans le préfixe du plan.</translation>
    </message>
    <message>
        <source>Send the credentials of download steps marked &quot;allow_insecure_auth&quot; over plain http.</source>
        <translation>Envoyer en http non chiffré les identifiants des pas de téléchargement marqués &quot;allow_insecure_auth&quot;.</translation>
    </message>
    <message>
        <source>The prefix was moved with its journal: read the journal&apos;s paths as paths in this prefix.</source>
        <translation>Le préfixe a été déplacé avec son journal : lire les chemins du journal comme des chemins dans ce préfixe.</translation>
    </message>
    <message>
        <source>Usage: dlstack rollback --prefix P (--stage ID | --all) [--yes] [--reanchor]</source>
        <translation>Usage : dlstack rollback --prefix P (--stage ID | --all) [--yes] [--reanchor]</translation>
    </message>
    <message>
        <source>%1: %2 fetched, %3 already there, %4 failed.</source>
        <translation>%1 : %2 récupérés, %3 déjà présents, %4 en échec.</translation>
    </message>
    <message>
        <source>Use it as the offline folder: dlstack plan ... --mirror %1</source>
        <translation>Utilisez-le comme dossier hors ligne : dlstack plan ... --mirror %1</translation>
    </message>
    <message>
        <source>The folder is not complete; run the bundle again once the failures above are fixed.</source>
        <translation>Le dossier n’est pas complet ; relancez le bundle une fois les échecs ci-dessus corrigés.</translation>
    </message>
    <message>
        <source>Continue the install in a prefix with the plan it keeps</source>
        <translation>Poursuivre l’installation dans un préfixe avec le plan qu’il conserve</translation>
    </message>
    <message>
        <source>Every cause found: dlstack diagnose %1</source>
        <translation>Toutes les causes trouvées : dlstack diagnose %1</translation>
    </message>
    <message>
        <source>%1 keeps no plan.</source>
        <translation>%1 ne conserve aucun plan.</translation>
    </message>
    <message>
        <source>Name the plan file: dlstack install PLAN.json. A prefix keeps its plan once an install has begun there.</source>
        <translation>Indiquez le fichier de plan : dlstack install PLAN.json. Un préfixe conserve son plan dès qu’une installation y a commencé.</translation>
    </message>
    <message>
        <source>The plan kept in %1 cannot be read.</source>
        <translation>Le plan conservé dans %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Name the plan file: dlstack install PLAN.json.</source>
        <translation>Indiquez le fichier de plan : dlstack install PLAN.json.</translation>
    </message>
    <message>
        <source>The plan kept in %1 installs into %2.</source>
        <translation>Le plan conservé dans %1 installe dans %2.</translation>
    </message>
    <message>
        <source>If the prefix was moved, run: dlstack install %1 --reanchor with a plan whose prefix is %2.</source>
        <translation>Si le préfixe a été déplacé, lancez dlstack install %1 --reanchor avec un plan dont le préfixe est %2.</translation>
    </message>
    <message>
        <source>Continue the install in a prefix with the plan it keeps.</source>
        <translation>Poursuivre l’installation dans un préfixe avec le plan qu’il conserve.</translation>
    </message>
    <message>
        <source>The plan file (JSON, docs/plan-format.md); with --prefix alone, the plan kept in that prefix.</source>
        <translation>Le fichier de plan (JSON, docs/plan-format.md) ; avec --prefix seul, le plan conservé dans ce préfixe.</translation>
    </message>
    <message>
        <source>Resume the install in this prefix with the plan it keeps.</source>
        <translation>Reprendre l’installation dans ce préfixe avec le plan qu’il conserve.</translation>
    </message>
    <message>
        <source>Name one prefix: dlstack resume PREFIX</source>
        <translation>Indiquez un préfixe : dlstack resume PRÉFIXE</translation>
    </message>
    <message>
        <source>Name one plan file or one prefix: dlstack install PLAN.json, or dlstack install --prefix PREFIX to resume with the plan kept there</source>
        <translation>Indiquez un fichier de plan ou un préfixe : dlstack install PLAN.json, ou dlstack install --prefix PRÉFIXE pour reprendre avec le plan qui y est conservé</translation>
    </message>
    <message>
        <source>Resuming with the plan kept in %1</source>
        <translation>Reprise avec le plan conservé dans %1</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>There is no terminal to confirm the install on; nothing was changed. Add --yes to install without asking.</source>
        <translation>Il n’y a pas de terminal où confirmer l’installation ; rien n’a été modifié. Ajoutez --yes pour installer sans confirmation.</translation>
    </message>
    <message>
        <source>To use it: %1</source>
        <translation>Pour l’utiliser : %1</translation>
    </message>
    <message>
        <source>The install stopped. To resume: dlstack install --prefix %1</source>
        <translation>L’installation s’est arrêtée. Pour reprendre : dlstack install --prefix %1</translation>
    </message>
    <message>
        <source>To undo it: dlstack rollback --prefix %1 --all</source>
        <translation>Pour l’annuler : dlstack rollback --prefix %1 --all</translation>
    </message>
    <message>
        <source>Undo installed stages, newest first, from the prefix&apos;s journal.</source>
        <translation>Annuler les étapes installées, la plus récente en premier, d’après le journal du préfixe.</translation>
    </message>
    <message>
        <source>Roll back %1 in %2?</source>
        <translation>Annuler %1 dans %2 ?</translation>
    </message>
    <message>
        <source>There is no terminal to confirm the rollback on; nothing was changed. Add --yes to roll back without asking.</source>
        <translation>Il n’y a pas de terminal où confirmer l’annulation ; rien n’a été modifié. Ajoutez --yes pour annuler sans confirmation.</translation>
    </message>
    <message>
        <source>Show the state of each stage installed into a prefix and the plan it keeps.</source>
        <translation>Afficher l’état de chaque étape installée dans un préfixe et le plan qu’il conserve.</translation>
    </message>
    <message>
        <source>The plan it runs is kept in %1 (sha256 %2); resume with: dlstack install --prefix %3</source>
        <translation>Le plan qu’il exécute est conservé dans %1 (sha256 %2) ; reprendre avec : dlstack install --prefix %3</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>bundle folder</source>
        <translation>dossier du paquet</translation>
    </message>
    <message>
        <source>It holds the downloads, but what is not bundled above still needs a network or another way to the offline machine; then plan with --mirror %1.</source>
        <translation>Il contient les téléchargements, mais ce qui est indiqué plus haut comme non regroupé a toujours besoin d’un réseau ou d’un autre moyen pour arriver sur la machine hors ligne ; planifiez ensuite avec --mirror %1.</translation>
    </message>
    <message>
        <source>Nothing was fetched: everything this plan downloads is a git checkout or conda packages, which a bundle cannot hold; the folder does not make the install work offline.</source>
        <translation>Rien n’a été récupéré : tout ce que ce plan télécharge est un dépôt git ou des paquets conda, qu’un paquet hors ligne ne peut pas contenir ; ce dossier ne permet pas d’installer hors ligne.</translation>
    </message>
    <message>
        <source>Nothing was fetched: the plan downloads nothing, so it needs no offline folder.</source>
        <translation>Rien n’a été récupéré : le plan ne télécharge rien et n’a donc pas besoin de dossier hors ligne.</translation>
    </message>
    <message>
        <source>%1: %2 (from %3)</source>
        <translation>%1 : %2 (depuis %3)</translation>
    </message>
    <message>
        <source>Say what a plan downloads and whether its servers answer from this machine</source>
        <translation>Dire ce qu’un plan télécharge et si ses serveurs répondent depuis cette machine</translation>
    </message>
    <message>
        <source>Print only one JSON object when the job ends: the stages that ran, were skipped or failed, with the diagnosis (the stage logs keep the output).</source>
        <translation>N’afficher qu’un seul objet JSON à la fin de l’exécution : les étapes exécutées, ignorées ou échouées, avec le diagnostic (les journaux des étapes conservent la sortie).</translation>
    </message>
    <message>
        <source>prefix</source>
        <translation>préfixe</translation>
    </message>
</context>
<context>
    <name>CmakeRule</name>
    <message>
        <source>No cmake was found.</source>
        <translation>Aucun cmake n’a été trouvé.</translation>
    </message>
    <message>
        <source>The build environment gets one with pip install &quot;%1&quot;.</source>
        <translation>L’environnement de build en obtient un avec pip install &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Building PyTorch %1 needs CMake %2 or newer; you have %3.</source>
        <translation>La compilation de PyTorch %1 nécessite CMake %2 ou plus récent ; vous avez %3.</translation>
    </message>
    <message>
        <source>pip install &quot;%1&quot; in the build environment.</source>
        <translation>pip install &quot;%1&quot; dans l’environnement de build.</translation>
    </message>
    <message>
        <source>CMake %1 removed compatibility with cmake_minimum_required below 3.5, which PyTorch %2&apos;s third-party code still declares; the configure step fails.</source>
        <translation>CMake %1 a supprimé la compatibilité avec cmake_minimum_required inférieur à 3.5, que le code tiers de PyTorch %2 déclare encore ; l’étape de configuration échoue.</translation>
    </message>
    <message>
        <source>Set CMAKE_POLICY_VERSION_MINIMUM=3.5 (dlstack&apos;s plan does), or pip install &quot;%1&quot;.</source>
        <translation>Définissez CMAKE_POLICY_VERSION_MINIMUM=3.5 (le plan de dlstack le fait), ou pip install &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>CMake %1 has a known problem with this build: %2</source>
        <translation>CMake %1 a un problème connu avec cette build : %2</translation>
    </message>
</context>
<context>
    <name>CompanionsRule</name>
    <message>
        <source>%1 has no release for PyTorch %2 (its development stopped).</source>
        <translation>%1 n’a pas de version pour PyTorch %2 (son développement s’est arrêté).</translation>
    </message>
    <message>
        <source>Drop %1, or pick torch 2.3 or older.</source>
        <translation>Retirez %1, ou choisissez torch 2.3 ou plus ancien.</translation>
    </message>
    <message>
        <source>%1 %2 does not go with PyTorch %3; its partner is %1 %4.</source>
        <translation>%1 %2 ne va pas avec PyTorch %3 ; son partenaire est %1 %4.</translation>
    </message>
    <message>
        <source>Install %1==%2.</source>
        <translation>Installez %1==%2.</translation>
    </message>
    <message>
        <source>The pairing of %1 %2 with PyTorch %3 is not confirmed by a primary source.</source>
        <translation>L’association de %1 %2 avec PyTorch %3 n’est confirmée par aucune source primaire.</translation>
    </message>
    <message>
        <source>Check the release notes before relying on it.</source>
        <translation>Consultez les notes de version avant de vous y fier.</translation>
    </message>
    <message>
        <source>The environment has %1 %2; PyTorch %3 needs %1 %4, which will replace it.</source>
        <translation>L’environnement a %1 %2 ; PyTorch %3 nécessite %1 %4, qui le remplacera.</translation>
    </message>
</context>
<context>
    <name>CompilerProbe</name>
    <message>
        <source>%1 did not report a version.</source>
        <translation>%1 n’a pas indiqué de version.</translation>
    </message>
</context>
<context>
    <name>CompilerRule</name>
    <message>
        <source>PyTorch %1 needs gcc %2 or newer, but CUDA %3&apos;s nvcc accepts gcc up to %4: no compiler satisfies both.</source>
        <translation>PyTorch %1 nécessite gcc %2 ou plus récent, mais le nvcc de CUDA %3 n’accepte gcc que jusqu’à %4 : aucun compilateur ne satisfait les deux.</translation>
    </message>
    <message>
        <source>Pick a newer CUDA for this release, or an older PyTorch for this CUDA.</source>
        <translation>Choisissez un CUDA plus récent pour cette version, ou un PyTorch plus ancien pour ce CUDA.</translation>
    </message>
    <message>
        <source>sudo apt install gcc-%1 g++-%1 (or in a conda env: conda install -c conda-forge gcc=%1 gxx=%1)</source>
        <translation>sudo apt install gcc-%1 g++-%1 (ou dans un environnement conda : conda install -c conda-forge gcc=%1 gxx=%1)</translation>
    </message>
    <message>
        <source>No gcc was found; building PyTorch from source needs a C++%1 compiler.</source>
        <translation>Aucun gcc n’a été trouvé ; compiler PyTorch depuis les sources nécessite un compilateur C++%1.</translation>
    </message>
    <message>
        <source>Install one: %1.</source>
        <translation>Installez-en un : %1.</translation>
    </message>
    <message>
        <source>The default gcc %1 does not fit this build; %2 (gcc %3) does.</source>
        <translation>Le gcc %1 par défaut ne convient pas à cette build ; %2 (gcc %3) convient.</translation>
    </message>
    <message>
        <source>Build with CC=%1 CXX=%2 CUDAHOSTCXX=%2 (dlstack&apos;s plan sets them).</source>
        <translation>Compilez avec CC=%1 CXX=%2 CUDAHOSTCXX=%2 (le plan de dlstack les définit).</translation>
    </message>
    <message>
        <source>Install gcc %1: %2, and build with CC=gcc-%1 CXX=g++-%1 CUDAHOSTCXX=g++-%1</source>
        <translation>Installez gcc %1 : %2, et compilez avec CC=gcc-%1 CXX=g++-%1 CUDAHOSTCXX=g++-%1</translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>; or pick CUDA %1, whose nvcc accepts gcc %2.</source>
        <translation>; ou choisissez CUDA %1, dont le nvcc accepte gcc %2.</translation>
    </message>
    <message>
        <source>CUDA %1&apos;s nvcc accepts gcc up to %2; your gcc is %3 (&quot;unsupported GNU version&quot;).</source>
        <translation>Le nvcc de CUDA %1 accepte gcc jusqu’à %2 ; votre gcc est %3 (« unsupported GNU version »).</translation>
    </message>
    <message>
        <source>Building PyTorch %1 needs gcc %2 or newer; your gcc is %3.</source>
        <translation>La compilation de PyTorch %1 nécessite gcc %2 ou plus récent ; votre gcc est %3.</translation>
    </message>
    <message>
        <source>Install a newer gcc: %1.</source>
        <translation>Installez un gcc plus récent : %1.</translation>
    </message>
</context>
<context>
    <name>CondaLocator</name>
    <message>
        <source>Could not read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>%1 is not a text file; it was ignored.</source>
        <translation>%1 n’est pas un fichier texte ; il a été ignoré.</translation>
    </message>
</context>
<context>
    <name>CudaSources</name>
    <message>
        <source>CUDA runtime</source>
        <translation>Runtime CUDA</translation>
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
        <translation>Toolkit CUDA</translation>
    </message>
    <message>
        <source>CUDA version pin</source>
        <translation>Version CUDA imposée</translation>
    </message>
    <message>
        <source>ROCm SDK</source>
        <translation>SDK ROCm</translation>
    </message>
    <message>
        <source>nvcc on PATH</source>
        <translation>nvcc dans le PATH</translation>
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
        <translation>runfile ou paquets NVIDIA</translation>
    </message>
    <message>
        <source>distribution package</source>
        <translation>paquet de la distribution</translation>
    </message>
    <message>
        <source>conda packages</source>
        <translation>paquets conda</translation>
    </message>
    <message>
        <source>pip wheels</source>
        <translation>wheels pip</translation>
    </message>
    <message>
        <source>ROCm Core SDK (TheRock)</source>
        <translation>ROCm Core SDK (TheRock)</translation>
    </message>
    <message>
        <source>Where CUDA and ROCm come from</source>
        <translation>D’où viennent CUDA et ROCm</translation>
    </message>
    <message>
        <source>CUDA %1 — %2</source>
        <translation>CUDA %1 — %2</translation>
    </message>
    <message>
        <source>Source builds and CUDA extensions compile with this nvcc.</source>
        <translation>Les compilations depuis les sources et les extensions CUDA sont compilées avec ce nvcc.</translation>
    </message>
    <message>
        <source>PyTorch&apos;s extension builder and CMake take the toolkit from here.</source>
        <translation>Le compilateur d’extensions de PyTorch et CMake prennent le toolkit ici.</translation>
    </message>
    <message>
        <source>Searched before torch&apos;s own CUDA libraries when a process starts.</source>
        <translation>Parcouru avant les bibliothèques CUDA propres à torch au démarrage d’un processus.</translation>
    </message>
    <message>
        <source>CUDA versions</source>
        <translation>Versions de CUDA</translation>
    </message>
    <message>
        <source>Builds and imports may use another CUDA than the one you expect.</source>
        <translation>Les compilations et les imports peuvent utiliser un autre CUDA que celui attendu.</translation>
    </message>
    <message>
        <source>%1 %2 (%3 %4)</source>
        <translation>%1 %2 (%3 %4)</translation>
    </message>
    <message>
        <source>torch in this environment loads these before the system&apos;s, unless LD_LIBRARY_PATH names other CUDA libraries.</source>
        <translation>torch, dans cet environnement, charge celles-ci avant celles du système, sauf si LD_LIBRARY_PATH désigne d’autres bibliothèques CUDA.</translation>
    </message>
    <message>
        <source>ROCm %1</source>
        <translation>ROCm %1</translation>
    </message>
    <message>
        <source>Another ROCm on this machine; ROCM_PATH picks one.</source>
        <translation>Un autre ROCm sur cette machine ; ROCM_PATH en choisit un.</translation>
    </message>
    <message>
        <source>%1 available as a module</source>
        <translation>%1 disponible comme module</translation>
    </message>
    <message>
        <source>`module load %1` provides it without installing.</source>
        <translation>`module load %1` le fournit sans installation.</translation>
    </message>
    <message>
        <source>nvcc on PATH is %1 (%2)</source>
        <translation>nvcc dans le PATH est %1 (%2)</translation>
    </message>
    <message>
        <source>CUDA_HOME is %1 (%2)</source>
        <translation>CUDA_HOME est %1 (%2)</translation>
    </message>
    <message>
        <source>LD_LIBRARY_PATH leads to %1 (%2)</source>
        <translation>LD_LIBRARY_PATH mène à %1 (%2)</translation>
    </message>
    <message>
        <source>torch in %1 was built with %2</source>
        <translation>torch dans %1 a été compilé avec %2</translation>
    </message>
    <message>
        <source>The CUDA versions this shell reaches disagree: %1. Extensions are built with the nvcc on PATH (or CUDA_HOME&apos;s), and LD_LIBRARY_PATH is searched before torch&apos;s own CUDA libraries. Point PATH and CUDA_HOME at the toolkit matching torch&apos;s CUDA and drop other CUDA directories from LD_LIBRARY_PATH.</source>
        <translation>Les versions de CUDA que ce shell atteint ne concordent pas : %1. Les extensions sont compilées avec le nvcc du PATH (ou celui de CUDA_HOME), et LD_LIBRARY_PATH est parcouru avant les bibliothèques CUDA propres à torch. Faites pointer PATH et CUDA_HOME vers le toolkit correspondant au CUDA de torch et retirez les autres répertoires CUDA de LD_LIBRARY_PATH.</translation>
    </message>
</context>
<context>
    <name>CudaToolkitProbe</name>
    <message>
        <source>Found a CUDA toolkit directory at %1 but could not tell its version.</source>
        <translation>Un répertoire de toolkit CUDA a été trouvé dans %1, mais sa version n’a pas pu être déterminée.</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>%1 does not hold a CUDA version.</source>
        <translation>%1 ne contient pas de version de CUDA.</translation>
    </message>
    <message>
        <source>unrecognised output</source>
        <translation>sortie non reconnue</translation>
    </message>
    <message>
        <source>%1 --version did not report a version (%2).</source>
        <translation>%1 --version n’a pas indiqué de version (%2).</translation>
    </message>
</context>
<context>
    <name>CudnnProbe</name>
    <message>
        <source>Could not read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>%1 does not state a cuDNN version.</source>
        <translation>%1 n’indique pas de version de cuDNN.</translation>
    </message>
</context>
<context>
    <name>DetectCommand</name>
    <message>
        <source>Detects GPUs, the NVIDIA driver, CUDA toolkits, cuDNN, ROCm, compilers, build tools, conda installations and Python environments.</source>
        <translation>Détecte les GPU, le pilote NVIDIA, les toolkits CUDA, cuDNN, ROCm, les compilateurs, les outils de build, les installations conda et les environnements Python.</translation>
    </message>
    <message>
        <source>Print the profile as JSON (docs/profile-format.md).</source>
        <translation>Afficher le profil en JSON (docs/profile-format.md).</translation>
    </message>
    <message>
        <source>Keep every raw output and file read in DIR, to replay elsewhere.</source>
        <translation>Conserver chaque sortie brute et chaque fichier lu dans DIR, pour les rejouer ailleurs.</translation>
    </message>
    <message>
        <source>Replay a detection saved with --save-raw instead of looking at this machine.</source>
        <translation>Rejouer une détection enregistrée avec --save-raw au lieu d’examiner cette machine.</translation>
    </message>
    <message>
        <source>Measure free disk space at PATH (default: the home directory).</source>
        <translation>Mesurer l’espace disque libre à PATH (par défaut : le répertoire personnel).</translation>
    </message>
    <message>
        <source>Also inspect the Python environment at PATH.</source>
        <translation>Examiner aussi l’environnement Python situé à PATH.</translation>
    </message>
    <message>
        <source>detect takes no arguments; did you mean `dlstack import %1`?</source>
        <translation>detect n’accepte pas d’arguments ; vouliez-vous dire `dlstack import %1` ?</translation>
    </message>
    <message>
        <source>Raw outputs saved in %1; replay them with `dlstack detect --replay %1`.</source>
        <translation>Sorties brutes enregistrées dans %1 ; rejouez-les avec `dlstack detect --replay %1`.</translation>
    </message>
</context>
<context>
    <name>DiagnoseCommand</name>
    <message>
        <source>No known cause of failure was found.</source>
        <translation>Aucune cause d’échec connue n’a été trouvée.</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Also found</source>
        <translation>Trouvé également</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>Why: </source>
        <translation>Pourquoi : </translation>
    </message>
    <message>
        <source>What to do: </source>
        <translation>Que faire : </translation>
    </message>
    <message>
        <source>Finds the root cause of a failed build or install in its log and says what to do. Reads plain, .gz and .xz files, and standard input for -.</source>
        <translation>Trouve la cause d’échec d’une build ou d’une installation dans son journal et indique que faire. Lit les fichiers simples, .gz et .xz, et l’entrée standard pour -.</translation>
    </message>
    <message>
        <source>Print the diagnoses as JSON.</source>
        <translation>Afficher les diagnostics en JSON.</translation>
    </message>
    <message>
        <source>Fill remedies with facts of this machine profile (dlstack detect --json).</source>
        <translation>Compléter les remèdes avec les données de ce profil de machine (dlstack detect --json).</translation>
    </message>
    <message>
        <source>Log files; - reads standard input.</source>
        <translation>Fichiers journaux ; - lit l’entrée standard.</translation>
    </message>
    <message>
        <source>Name at least one log file (or - for standard input).</source>
        <translation>Indiquez au moins un fichier journal (ou - pour l’entrée standard).</translation>
    </message>
    <message>
        <source>No known cause</source>
        <translation>Aucune cause connue</translation>
    </message>
    <message>
        <source>There is no cause &quot;%1&quot;. Known causes: %2</source>
        <translation>Il n’existe pas de cause « %1 ». Causes connues : %2</translation>
    </message>
    <message>
        <source>Defined in: </source>
        <translation>Défini dans : </translation>
    </message>
    <message>
        <source>Seen in: </source>
        <translation>Vu dans : </translation>
    </message>
    <message>
        <source>Also use the rule files (*.json) in this folder (besides %1).</source>
        <translation>Utiliser aussi les fichiers de règles (*.json) de ce dossier (en plus de %1).</translation>
    </message>
    <message>
        <source>Print what a cause means and what to do about it.</source>
        <translation>Afficher ce que signifie une cause et que faire.</translation>
    </message>
    <message>
        <source>Stop reading a FIFO or pipe after this many seconds without new output (0: wait for its end; default: 600 for a FIFO, 0 for standard input).</source>
        <translation>Arrêter de lire un FIFO ou un tube après autant de secondes sans nouvelle sortie (0 : attendre la fin ; par défaut : 600 pour un FIFO, 0 pour l’entrée standard).</translation>
    </message>
    <message>
        <source>Skipped: </source>
        <translation>Ignoré : </translation>
    </message>
    <message>
        <source>--idle-timeout needs a number of seconds, 0 or more.</source>
        <translation>--idle-timeout attend un nombre de secondes, 0 ou plus.</translation>
    </message>
    <message>
        <source>%1 looks like binary data, not a text log; its readable lines were diagnosed anyway.</source>
        <translation>%1 ressemble à des données binaires, pas à un journal texte ; ses lignes lisibles ont tout de même été diagnostiquées.</translation>
    </message>
    <message>
        <source>Standard input</source>
        <translation>Entrée standard</translation>
    </message>
</context>
<context>
    <name>Diagnoser</name>
    <message>
        <source>no installed gcc is old enough; install gcc-%1 and g++-%1</source>
        <translation>aucun gcc installé n’est assez ancien ; installez gcc-%1 et g++-%1</translation>
    </message>
    <message>
        <source>gcc-%1 at %2</source>
        <translation>gcc-%1 dans %2</translation>
    </message>
</context>
<context>
    <name>DockerImages</name>
    <message>
        <source>The list of Docker base images cannot be read: %1</source>
        <translation>La liste des images Docker de base ne peut pas être lue : %1</translation>
    </message>
    <message>
        <source>Reinstall dlstack; the data files belong to it.</source>
        <translation>Réinstallez dlstack ; les fichiers de données en font partie.</translation>
    </message>
    <message>
        <source>The list of Docker base images is not valid: %1</source>
        <translation>La liste des images Docker de base n’est pas valide : %1</translation>
    </message>
    <message>
        <source>Reinstall dlstack, or fix the file if you edited it.</source>
        <translation>Réinstallez dlstack, ou corrigez le fichier si vous l’avez modifié.</translation>
    </message>
    <message>
        <source>schema %1 is not 1</source>
        <translation>le schéma %1 n’est pas 1</translation>
    </message>
    <message>
        <source>the %1 %2 record needs devel, runtime and source</source>
        <translation>l’entrée %1 %2 doit avoir devel, runtime et source</translation>
    </message>
    <message>
        <source>the %1 %2 image %3 does not carry its toolkit version %4</source>
        <translation>l’image %1 %2 %3 ne porte pas sa version de toolkit %4</translation>
    </message>
    <message>
        <source>Ubuntu %1 of the %2 %3 image is not described</source>
        <translation>Ubuntu %1 de l’image %2 %3 n’est pas décrit</translation>
    </message>
</context>
<context>
    <name>DockerfileExporter</name>
    <message>
        <source>There is no published %1 image for %2 %3, so no Dockerfile can start from one.</source>
        <translation>Il n’existe pas d’image %1 publiée pour %2 %3 ; aucun Dockerfile ne peut donc partir d’une telle image.</translation>
    </message>
    <message>
        <source>Pick one of the versions that have an image: %1.</source>
        <translation>Choisissez une des versions qui ont une image : %1.</translation>
    </message>
    <message>
        <source>The image gets a new venv: the existing environment %1 belongs to this machine.</source>
        <translation>L’image reçoit un nouveau venv : l’environnement existant %1 appartient à cette machine.</translation>
    </message>
    <message>
        <source>The image build downloads from the origins: the offline folder %1 is on this machine, not in the build context.</source>
        <translation>La construction de l’image télécharge depuis les sources d’origine : le dossier hors ligne %1 est sur cette machine, pas dans le contexte de build.</translation>
    </message>
</context>
<context>
    <name>Downloader</name>
    <message>
        <source>no data for %1 s</source>
        <translation>aucune donnée depuis %1 s</translation>
    </message>
    <message>
        <source>HTTP 416 for a resumed download</source>
        <translation>HTTP 416 pour un téléchargement repris</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>connection closed after %1 of %2 bytes</source>
        <translation>connexion fermée après %1 octets sur %2</translation>
    </message>
    <message>
        <source>Refusing to send a credential over plain http to %1.</source>
        <translation>Refus d’envoyer un identifiant en http non chiffré à %1.</translation>
    </message>
    <message>
        <source>Anyone on the network path can read an http:// request, and the token or password with it. Nothing was downloaded.</source>
        <translation>Toute personne sur le chemin réseau peut lire une requête http://, avec le jeton ou le mot de passe. Rien n’a été téléchargé.</translation>
    </message>
    <message>
        <source>Use an https:// URL. If this server has no https, set &quot;allow_insecure_auth&quot;: true on the download step and run `dlstack install --allow-insecure-auth`.</source>
        <translation>Utilisez une URL https://. Si ce serveur n’a pas https, mettez &quot;allow_insecure_auth&quot;: true dans le pas de téléchargement et lancez `dlstack install --allow-insecure-auth`.</translation>
    </message>
    <message>
        <source>HTTP %1 without a Location header</source>
        <translation>HTTP %1 sans en-tête Location</translation>
    </message>
    <message>
        <source>redirected to %1, which is not an http(s) URL</source>
        <translation>redirigé vers %1, qui n’est pas une URL http(s)</translation>
    </message>
    <message>
        <source>redirected from https to plain http (%1); not followed</source>
        <translation>redirigé de https vers http non chiffré (%1) ; non suivi</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>plus de %1 redirections</translation>
    </message>
    <message>
        <source>Redirected from %1 to %2; the credential for %1 is not sent there (the plan&apos;s credential for %2 is).</source>
        <translation>Redirigé de %1 vers %2 ; l’identifiant pour %1 n’y est pas envoyé (celui du plan pour %2 l’est).</translation>
    </message>
    <message>
        <source>Redirected from %1 to %2; the credential for %1 is not sent to another origin.</source>
        <translation>Redirigé de %1 vers %2 ; l’identifiant pour %1 n’est envoyé à aucune autre origine.</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>un tube nommé (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>une socket</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>un répertoire</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>un fichier spécial</translation>
    </message>
    <message>
        <source>%1, not a regular file; a file:// source must be a regular file</source>
        <translation>%1, pas un fichier ordinaire ; une source file:// doit être un fichier ordinaire</translation>
    </message>
</context>
<context>
    <name>DriverRule</name>
    <message>
        <source> (on the Windows side)</source>
        <translation> (côté Windows)</translation>
    </message>
    <message>
        <source>The NVIDIA driver is installed but not loaded for %1.</source>
        <translation>Le pilote NVIDIA est installé mais n’est pas chargé pour %1.</translation>
    </message>
    <message>
        <source>Reboot; if it stays unloaded, check `sudo dmesg | grep -i nvidia` (Secure Boot can block an unsigned module).</source>
        <translation>Redémarrez ; s’il reste non chargé, vérifiez `sudo dmesg | grep -i nvidia` (Secure Boot peut bloquer un module non signé).</translation>
    </message>
    <message>
        <source>No NVIDIA driver was found; CUDA %1 needs driver %2 or newer.</source>
        <translation>Aucun pilote NVIDIA n’a été trouvé ; CUDA %1 nécessite le pilote %2 ou plus récent.</translation>
    </message>
    <message>
        <source>Install %1 or newer%2 (Ubuntu: sudo ubuntu-drivers install), then reboot.</source>
        <translation>Installez %1 ou plus récent%2 (Ubuntu : sudo ubuntu-drivers install), puis redémarrez.</translation>
    </message>
    <message>
        <source>Install %1 or newer%2</source>
        <translation>Installez %1 ou plus récent%2</translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>, or pick CUDA %1.</source>
        <translation>, ou choisissez CUDA %1.</translation>
    </message>
    <message>
        <source>CUDA %1 needs NVIDIA driver %2 or newer; you have %3.</source>
        <translation>CUDA %1 nécessite le pilote NVIDIA %2 ou plus récent ; vous avez %3.</translation>
    </message>
    <message>
        <source>CUDA %1 needs NVIDIA driver %2 or newer for its full feature set (PTX JIT, the toolkit&apos;s own checks); you have %3, which runs it only through minor-version compatibility.</source>
        <translation>CUDA %1 nécessite le pilote NVIDIA %2 ou plus récent pour toutes ses fonctions (PTX JIT, les vérifications propres au toolkit) ; vous avez %3, qui ne l’exécute que grâce à la compatibilité de version mineure.</translation>
    </message>
    <message>
        <source>Install %1 or newer%2.</source>
        <translation>Installez %1 ou plus récent%2.</translation>
    </message>
    <message>
        <source>Install %1 or newer%2, or pick CUDA %3.</source>
        <translation>Installez %1 ou plus récent%2, ou choisissez CUDA %3.</translation>
    </message>
    <message>
        <source>Driver %1 is older than CUDA %2&apos;s own driver %3; the wheels run through CUDA minor-version compatibility.</source>
        <translation>Le pilote %1 est plus ancien que le pilote %3 propre à CUDA %2 ; les wheels fonctionnent grâce à la compatibilité de version mineure de CUDA.</translation>
    </message>
    <message>
        <source>If kernels compiled at run time fail (PTX JIT), install %1 or newer.</source>
        <translation>Si les noyaux compilés à l’exécution échouent (PTX JIT), installez %1 ou plus récent.</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>The plan kept in %1 could not be moved aside.</source>
        <translation>Le plan conservé dans %1 n’a pas pu être mis de côté.</translation>
    </message>
    <message>
        <source>Check the permissions of %1.</source>
        <translation>Vérifiez les permissions de %1.</translation>
    </message>
</context>
<context>
    <name>EnvironmentRules</name>
    <message>
        <source>PyTorch %1 was built against NumPy 1.x, and the environment has numpy %2: &quot;A module that was compiled using NumPy 1.x cannot be run in NumPy 2.x&quot;.</source>
        <translation>PyTorch %1 a été compilé avec NumPy 1.x, et l’environnement a numpy %2 : « A module that was compiled using NumPy 1.x cannot be run in NumPy 2.x ».</translation>
    </message>
    <message>
        <source>pip install &quot;numpy&lt;2&quot; in the environment, or pick torch %1 or newer.</source>
        <translation>pip install &quot;numpy&lt;2&quot; dans l’environnement, ou choisissez torch %1 ou plus récent.</translation>
    </message>
    <message>
        <source>PyTorch %1 needs NumPy 1.x; the new environment gets numpy&lt;2.</source>
        <translation>PyTorch %1 nécessite NumPy 1.x ; le nouvel environnement reçoit numpy&lt;2.</translation>
    </message>
    <message>
        <source>Python %1 no longer ships distutils, which the build scripts of PyTorch %2 (made for Python up to %3) still import.</source>
        <translation>Python %1 ne fournit plus distutils, que les scripts de build de PyTorch %2 (conçus pour Python jusqu’à %3) importent encore.</translation>
    </message>
    <message>
        <source>Use Python %1, or install setuptools in the build environment (it provides a distutils shim).</source>
        <translation>Utilisez Python %1, ou installez setuptools dans l’environnement de build (il fournit un substitut de distutils).</translation>
    </message>
</context>
<context>
    <name>ExistingEnvRule</name>
    <message>
        <source>its CUDA %1 needs driver %2, you have %3</source>
        <translation>son CUDA %1 nécessite le pilote %2, vous avez %3</translation>
    </message>
    <message>
        <source>it has no kernels for %1 (%2)</source>
        <translation>il n’a pas de noyaux pour %1 (%2)</translation>
    </message>
    <message>
        <source>The environment %1 is not in the profile, so its Python and packages are unknown.</source>
        <translation>L’environnement %1 n’est pas dans le profil ; son Python et ses paquets sont donc inconnus.</translation>
    </message>
    <message>
        <source>Run `dlstack detect --env %1` and check again.</source>
        <translation>Lancez `dlstack detect --env %1` et vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>The environment %1 holds torch %2, which cannot use this machine&apos;s GPU: %3.</source>
        <translation>L’environnement %1 contient torch %2, qui ne peut pas utiliser le GPU de cette machine : %3.</translation>
    </message>
    <message>
        <source>The install replaces it; anything built against it must be rebuilt.</source>
        <translation>L’installation le remplace ; tout ce qui a été compilé avec lui doit être recompilé.</translation>
    </message>
    <message>
        <source>torch %1 is already installed in %2.</source>
        <translation>torch %1 est déjà installé dans %2.</translation>
    </message>
    <message>
        <source>The environment %1 holds torch %2; installing torch %3 replaces it.</source>
        <translation>L’environnement %1 contient torch %2 ; installer torch %3 le remplace.</translation>
    </message>
    <message>
        <source>Packages built against torch %1 (C++/CUDA extensions, apex) must be rebuilt; a new environment avoids that.</source>
        <translation>Les paquets compilés avec torch %1 (extensions C++/CUDA, apex) doivent être recompilés ; un nouvel environnement évite cela.</translation>
    </message>
</context>
<context>
    <name>FactSheet</name>
    <message>
        <source>%1 GiB</source>
        <translation>%1 Gio</translation>
    </message>
    <message>
        <source>The version could not be read.</source>
        <translation>La version n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>Too old for any PyTorch release: the oldest one dlstack knows needs Python %1 or newer. A new environment gets a newer Python.</source>
        <translation>Trop ancien pour toute version de PyTorch : la plus ancienne que dlstack connaît demande Python %1 ou plus récent. Un nouvel environnement reçoit un Python plus récent.</translation>
    </message>
    <message>
        <source>PyTorch %1 supports Python %2.</source>
        <translation>PyTorch %1 prend en charge Python %2.</translation>
    </message>
    <message>
        <source>Newer than any PyTorch release supports (up to Python %1); a new environment gets an older Python.</source>
        <translation>Plus récent que ce que prend en charge toute version de PyTorch (jusqu’à Python %1) ; un nouvel environnement reçoit un Python plus ancien.</translation>
    </message>
    <message>
        <source>No PyTorch release dlstack knows supports Python %1.</source>
        <translation>Aucune version de PyTorch connue de dlstack ne prend en charge Python %1.</translation>
    </message>
    <message>
        <source>driver not loaded</source>
        <translation>pilote non chargé</translation>
    </message>
    <message>
        <source>no driver installed</source>
        <translation>aucun pilote installé</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>For information.</source>
        <translation>Pour information.</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Noyau</translation>
    </message>
    <message>
        <source> (WSL)</source>
        <translation> (WSL)</translation>
    </message>
    <message>
        <source>Under WSL the GPU driver is Windows&apos;s; install it there.</source>
        <translation>Sous WSL, le pilote GPU est celui de Windows ; installez-le là.</translation>
    </message>
    <message>
        <source>CPU cores</source>
        <translation>Cœurs CPU</translation>
    </message>
    <message>
        <source>Sets MAX_JOBS of source builds with the memory.</source>
        <translation>Fixe avec la mémoire le MAX_JOBS des builds depuis les sources.</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Not reported by this profile.</source>
        <translation>Non indiqué par ce profil.</translation>
    </message>
    <message>
        <source>Under 8 GiB: a source build will be slow or run out of memory; prebuilt wheels are fine.</source>
        <translation>Moins de 8 Gio : un build depuis les sources sera lent ou manquera de mémoire ; les wheels précompilés conviennent.</translation>
    </message>
    <message>
        <source>Enough for prebuilt wheels and source builds.</source>
        <translation>Suffisant pour les wheels précompilés et les builds depuis les sources.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Free disk</source>
        <translation>Disque libre</translation>
    </message>
    <message>
        <source>Under 10 GiB: even prebuilt wheels need about 10 GB. Free some space or install elsewhere.</source>
        <translation>Moins de 10 Gio : même les wheels précompilés demandent environ 10 Go. Libérez de la place ou installez ailleurs.</translation>
    </message>
    <message>
        <source>Enough for prebuilt wheels; a source build needs about 40 GB.</source>
        <translation>Suffisant pour les wheels précompilés ; un build depuis les sources demande environ 40 Go.</translation>
    </message>
    <message>
        <source>Enough for a source build (about 40 GB).</source>
        <translation>Suffisant pour un build depuis les sources (environ 40 Go).</translation>
    </message>
    <message>
        <source>Secure Boot</source>
        <translation>Secure Boot</translation>
    </message>
    <message>
        <source>Kernel modules such as the NVIDIA driver must be signed.</source>
        <translation>Les modules du noyau comme le pilote NVIDIA doivent être signés.</translation>
    </message>
    <message>
        <source>Installs can fail or break until this is fixed.</source>
        <translation>Les installations peuvent échouer ou casser quelque chose tant que ce n’est pas corrigé.</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>aucun trouvé</translation>
    </message>
    <message>
        <source>Without a GPU only CPU builds are offered.</source>
        <translation>Sans GPU, seuls des builds CPU sont proposés.</translation>
    </message>
    <message>
        <source>compute capability %1</source>
        <translation>compute capability %1</translation>
    </message>
    <message>
        <source>MIG on</source>
        <translation>MIG activé</translation>
    </message>
    <message>
        <source>unnamed %1 GPU</source>
        <translation>GPU %1 sans nom</translation>
    </message>
    <message>
        <source>Blocks GPU installs until its driver works.</source>
        <translation>Bloque les installations GPU tant que son pilote ne fonctionne pas.</translation>
    </message>
    <message>
        <source>Found and usable.</source>
        <translation>Trouvé et utilisable.</translation>
    </message>
    <message>
        <source>, supports CUDA up to %1</source>
        <translation>, prend en charge CUDA jusqu’à %1</translation>
    </message>
    <message>
        <source>, open kernel module</source>
        <translation>, module noyau ouvert</translation>
    </message>
    <message>
        <source>NVIDIA driver</source>
        <translation>Pilote NVIDIA</translation>
    </message>
    <message>
        <source>Loaded.</source>
        <translation>Chargé.</translation>
    </message>
    <message>
        <source>CUDA builds up to %1 run with this driver.</source>
        <translation>Les builds CUDA jusqu’à %1 fonctionnent avec ce pilote.</translation>
    </message>
    <message>
        <source>CUDA and ROCm</source>
        <translation>CUDA et ROCm</translation>
    </message>
    <message>
        <source>CUDA toolkit</source>
        <translation>Toolkit CUDA</translation>
    </message>
    <message>
        <source>none installed</source>
        <translation>aucun installé</translation>
    </message>
    <message>
        <source>Prebuilt PyTorch wheels bring their own CUDA runtime; a source build installs a toolkit.</source>
        <translation>Les wheels PyTorch précompilés apportent leur propre runtime CUDA ; un build depuis les sources installe un toolkit.</translation>
    </message>
    <message>
        <source>CUDA %1</source>
        <translation>CUDA %1</translation>
    </message>
    <message>
        <source>nvcc is missing: this toolkit cannot compile CUDA code.</source>
        <translation>nvcc est absent : ce toolkit ne peut pas compiler de code CUDA.</translation>
    </message>
    <message>
        <source>No NVIDIA GPU here: the toolkit can compile, but nothing can run on a GPU.</source>
        <translation>Pas de GPU NVIDIA ici : le toolkit peut compiler, mais rien ne peut s’exécuter sur un GPU.</translation>
    </message>
    <message>
        <source>Usable for source builds and CUDA extensions.</source>
        <translation>Utilisable pour les builds depuis les sources et les extensions CUDA.</translation>
    </message>
    <message>
        <source>cuDNN %1</source>
        <translation>cuDNN %1</translation>
    </message>
    <message>
        <source>No NVIDIA GPU here to use it.</source>
        <translation>Pas de GPU NVIDIA ici pour l’utiliser.</translation>
    </message>
    <message>
        <source>ROCm %1</source>
        <translation>ROCm %1</translation>
    </message>
    <message>
        <source>No AMD GPU here: ROCm can compile, but nothing can run on a GPU.</source>
        <translation>Pas de GPU AMD ici : ROCm peut compiler, mais rien ne peut s’exécuter sur un GPU.</translation>
    </message>
    <message>
        <source>Compilers and tools</source>
        <translation>Compilateurs et outils</translation>
    </message>
    <message>
        <source>C/C++ compiler</source>
        <translation>Compilateur C/C++</translation>
    </message>
    <message>
        <source>Only source builds need one; the plan installs it.</source>
        <translation>Seuls les builds depuis les sources en ont besoin ; le plan l’installe.</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>non installé</translation>
    </message>
    <message>
        <source>Installed by a plan that needs it.</source>
        <translation>Installé par un plan qui en a besoin.</translation>
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
        <translation>compilé avec CUDA %1</translation>
    </message>
    <message>
        <source> (active)</source>
        <translation> (actif)</translation>
    </message>
    <message>
        <source>Its Python version is not known.</source>
        <translation>Sa version de Python est inconnue.</translation>
    </message>
    <message>
        <source>Usable as an existing environment: %1</source>
        <translation>Utilisable comme environnement existant : %1</translation>
    </message>
    <message>
        <source>A new environment brings its own Python (conda) or needs python3 installed (venv).</source>
        <translation>Un nouvel environnement apporte son propre Python (conda) ou demande python3 installé (venv).</translation>
    </message>
    <message>
        <source>Problems while detecting</source>
        <translation>Problèmes pendant la détection</translation>
    </message>
    <message>
        <source>This part of detection did not finish; the facts above may be incomplete.</source>
        <translation>Cette partie de la détection n’a pas abouti ; les informations ci-dessus peuvent être incomplètes.</translation>
    </message>
    <message numerus="yes">
        <source>Can create conda environments (%n environment(s) found).</source>
        <translation>
            <numerusform>Peut créer des environnements conda (%n environnement trouvé).</numerusform>
            <numerusform>Peut créer des environnements conda (%n environnements trouvés).</numerusform>
        </translation>
    </message>
    <message>
        <source>Kernel headers</source>
        <translation>En-têtes du noyau</translation>
    </message>
    <message>
        <source>nouveau driver</source>
        <translation>Pilote nouveau</translation>
    </message>
    <message>
        <source>Secure Boot and modules</source>
        <translation>Secure Boot et modules</translation>
    </message>
    <message>
        <source>CUDA on PATH</source>
        <translation>CUDA dans le PATH</translation>
    </message>
    <message>
        <source>Host problem</source>
        <translation>Problème de la machine</translation>
    </message>
    <message>
        <source>Level Zero loader</source>
        <translation>Chargeur Level Zero</translation>
    </message>
    <message>
        <source>Level Zero GPU driver</source>
        <translation>Pilote GPU Level Zero</translation>
    </message>
    <message>
        <source>Intel OpenCL</source>
        <translation>Intel OpenCL</translation>
    </message>
    <message>
        <source>Level Zero can reach it (PyTorch&apos;s XPU build); dlstack plans NVIDIA and AMD stacks only.</source>
        <translation>Level Zero peut l’atteindre (la build XPU de PyTorch) ; dlstack ne planifie que des piles NVIDIA et AMD.</translation>
    </message>
    <message>
        <source>Intel&apos;s compute runtime (libze_intel_gpu.so.1) is missing: install libze-intel-gpu1 or intel-level-zero-gpu for PyTorch&apos;s XPU build; dlstack plans NVIDIA and AMD stacks only.</source>
        <translation>Le runtime de calcul d’Intel (libze_intel_gpu.so.1) est absent : installez libze-intel-gpu1 ou intel-level-zero-gpu pour la build XPU de PyTorch ; dlstack ne planifie que des piles NVIDIA et AMD.</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Activation command</source>
        <translation>Commande d’activation</translation>
    </message>
    <message>
        <source>Check command</source>
        <translation>Commande de vérification</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the activation command</source>
        <translation>Copier la commande d’activation</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <source>Copy the check command</source>
        <translation>Copier la commande de vérification</translation>
    </message>
    <message>
        <source>&amp;Activate the environment in a terminal:</source>
        <translation>&amp;Activez l’environnement dans un terminal :</translation>
    </message>
    <message>
        <source>&amp;Then check that PyTorch works:</source>
        <translation>P&amp;uis vérifiez que PyTorch fonctionne :</translation>
    </message>
    <message>
        <source>%1 is installed.</source>
        <translation>%1 est installé.</translation>
    </message>
    <message>
        <source>%1 is planned but was not installed by this wizard. Once it is, use it like this:</source>
        <translation>%1 est prévu mais n’a pas été installé par cet assistant. Une fois installé, utilisez-le ainsi :</translation>
    </message>
    <message>
        <source>Open the &amp;log…</source>
        <translation>Ouvrir le &amp;journal…</translation>
    </message>
    <message>
        <source>Verification results</source>
        <translation>Résultats de la vérification</translation>
    </message>
    <message>
        <source>Open the install log in the log inspector</source>
        <translation>Ouvrir le journal d’installation dans l’inspecteur de journaux</translation>
    </message>
    <message>
        <source>&amp;Verification on this machine:</source>
        <translation>&amp;Vérification sur cette machine :</translation>
    </message>
    <message>
        <source>No verification output was recorded.</source>
        <translation>Aucune sortie de vérification n’a été enregistrée.</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; ran to the end.</source>
        <translation>Le plan « %1 » s’est exécuté jusqu’au bout.</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; has not finished.</source>
        <translation>Le plan « %1 » n’est pas terminé.</translation>
    </message>
</context>
<context>
    <name>GpuArchRule</name>
    <message>
        <source>pick the %1 wheels of torch %2 (they cover %3)</source>
        <translation>choisir les wheels %1 de torch %2 (elles couvrent %3)</translation>
    </message>
    <message>
        <source>pick torch %1 with the %2 wheels</source>
        <translation>choisir torch %1 avec les wheels %2</translation>
    </message>
    <message>
        <source>The compute capability of %1 is not known, so dlstack cannot tell whether the kernels cover it.</source>
        <translation>La compute capability de %1 n’est pas connue ; dlstack ne peut donc pas dire si les noyaux la couvrent.</translation>
    </message>
    <message>
        <source>Look it up on https://developer.nvidia.com/cuda-gpus, or run the check on that machine with a working driver.</source>
        <translation>Consultez https://developer.nvidia.com/cuda-gpus, ou lancez la vérification sur cette machine avec un pilote fonctionnel.</translation>
    </message>
    <message>
        <source>No CUDA toolkit in the matrix targets %1.</source>
        <translation>Aucun toolkit CUDA de la matrice ne cible %1.</translation>
    </message>
    <message>
        <source>Pick CUDA %1, which targets %2.</source>
        <translation>Choisissez CUDA %1, qui cible %2.</translation>
    </message>
    <message>
        <source>CUDA %1 cannot compile for %2 (%3); its oldest target is %4.</source>
        <translation>CUDA %1 ne peut pas compiler pour %2 (%3) ; sa cible la plus ancienne est %4.</translation>
    </message>
    <message>
        <source>CUDA %1 cannot compile for %2 (%3); its newest target is %4.</source>
        <translation>CUDA %1 ne peut pas compiler pour %2 (%3) ; sa cible la plus récente est %4.</translation>
    </message>
    <message>
        <source>CUDA %1 deprecates %2; the next major CUDA drops it.</source>
        <translation>CUDA %1 déprécie %2 ; la prochaine version majeure de CUDA l’abandonne.</translation>
    </message>
    <message>
        <source>The chosen arch list (%1) has no code for %2 (%3).</source>
        <translation>La liste d’architectures choisie (%1) n’a pas de code pour %2 (%3).</translation>
    </message>
    <message>
        <source>Add %1 to TORCH_CUDA_ARCH_LIST.</source>
        <translation>Ajoutez %1 à TORCH_CUDA_ARCH_LIST.</translation>
    </message>
    <message>
        <source>To fix it, %1.</source>
        <translation>Pour corriger : %1.</translation>
    </message>
    <message>
        <source>Or build from source with CUDA %1 and TORCH_CUDA_ARCH_LIST=%2.</source>
        <translation>Ou compilez depuis les sources avec CUDA %1 et TORCH_CUDA_ARCH_LIST=%2.</translation>
    </message>
    <message>
        <source>The torch %1 %2 wheels have no native kernels for %3 (%4); they run by JIT-compiling PTX, which makes the first start slow and may miss kernels.</source>
        <translation>Les wheels torch %1 %2 n’ont pas de noyaux natifs pour %3 (%4) ; elles fonctionnent en compilant le PTX à la volée (JIT), ce qui ralentit le premier démarrage et peut manquer des noyaux.</translation>
    </message>
    <message>
        <source>The torch %1 %2 wheels have kernels for %3, not for %4 (%5): PyTorch would fail with &quot;no kernel image is available for execution on the device&quot;.</source>
        <translation>Les wheels torch %1 %2 ont des noyaux pour %3, pas pour %4 (%5) : PyTorch échouerait avec « no kernel image is available for execution on the device ».</translation>
    </message>
    <message>
        <source>This arch list is not confirmed against the published wheels, so this is a warning: check with torch.cuda.get_arch_list() after installing.</source>
        <translation>Cette liste d’architectures n’est pas confirmée sur les wheels publiées, c’est donc un avertissement : vérifiez avec torch.cuda.get_arch_list() après l’installation.</translation>
    </message>
</context>
<context>
    <name>HazardsRule</name>
    <message>
        <source>The open-source nouveau driver is loaded; the NVIDIA driver cannot be installed while it holds the GPU.</source>
        <translation>Le pilote libre nouveau est chargé ; le pilote NVIDIA ne peut pas être installé tant qu’il occupe le GPU.</translation>
    </message>
    <message>
        <source>Install the driver from your distribution&apos;s packages (they blacklist nouveau), or blacklist it, run sudo update-initramfs -u and reboot.</source>
        <translation>Installez le pilote depuis les paquets de votre distribution (ils mettent nouveau en liste noire), ou mettez-le en liste noire, lancez sudo update-initramfs -u et redémarrez.</translation>
    </message>
    <message>
        <source>Secure Boot is on: a newly built NVIDIA kernel module must be signed, or it will not load.</source>
        <translation>Secure Boot est activé : un module noyau NVIDIA nouvellement compilé doit être signé, sinon il ne sera pas chargé.</translation>
    </message>
    <message>
        <source>Use your distribution&apos;s driver packages and enrol the MOK key when asked at the next boot, or disable Secure Boot.</source>
        <translation>Utilisez les paquets de pilote de votre distribution et enregistrez la clé MOK lorsque c’est demandé au prochain démarrage, ou désactivez Secure Boot.</translation>
    </message>
    <message>
        <source>The headers of the running kernel are missing; DKMS cannot build the NVIDIA module without them.</source>
        <translation>Les en-têtes du noyau en cours d’exécution sont absents ; DKMS ne peut pas compiler le module NVIDIA sans eux.</translation>
    </message>
    <message>
        <source>sudo apt install linux-headers-$(uname -r) (or your distribution&apos;s kernel-devel package) before installing the driver.</source>
        <translation>sudo apt install linux-headers-$(uname -r) (ou le paquet kernel-devel de votre distribution) avant d’installer le pilote.</translation>
    </message>
    <message>
        <source>The NVIDIA driver was installed both from packages and by a runfile; upgrades then leave mismatched libraries (&quot;Driver/library version mismatch&quot;).</source>
        <translation>Le pilote NVIDIA a été installé à la fois depuis des paquets et par un runfile ; les mises à jour laissent alors des bibliothèques incohérentes (« Driver/library version mismatch »).</translation>
    </message>
    <message>
        <source>Remove the runfile driver (sudo nvidia-uninstall) and keep the packaged one.</source>
        <translation>Supprimez le pilote du runfile (sudo nvidia-uninstall) et gardez celui des paquets.</translation>
    </message>
    <message>
        <source>CUDA toolkits were installed both from packages and by runfiles; the build may pick up headers and libraries of different versions.</source>
        <translation>Des toolkits CUDA ont été installés à la fois depuis des paquets et par des runfiles ; la build peut utiliser des en-têtes et des bibliothèques de versions différentes.</translation>
    </message>
    <message>
        <source>dlstack&apos;s plan sets CUDA_HOME explicitly; remove the toolkit you do not need to be safe.</source>
        <translation>Le plan de dlstack définit CUDA_HOME explicitement ; par sécurité, supprimez le toolkit dont vous n’avez pas besoin.</translation>
    </message>
    <message>
        <source>Several CUDA toolkits are on PATH; the build could mix their nvcc and libraries.</source>
        <translation>Plusieurs toolkits CUDA sont dans le PATH ; la build pourrait mélanger leurs nvcc et leurs bibliothèques.</translation>
    </message>
    <message>
        <source>dlstack&apos;s plan sets CUDA_HOME and PATH for the build; in your shell, keep only one toolkit on PATH.</source>
        <translation>Le plan de dlstack définit CUDA_HOME et PATH pour la build ; dans votre shell, ne gardez qu’un seul toolkit dans le PATH.</translation>
    </message>
</context>
<context>
    <name>HostProbe</name>
    <message>
        <source>The number of CPU cores could not be read from /proc/cpuinfo.</source>
        <translation>Le nombre de cœurs CPU n’a pas pu être lu dans /proc/cpuinfo.</translation>
    </message>
    <message>
        <source>The memory size could not be read from /proc/meminfo.</source>
        <translation>La taille de la mémoire n’a pas pu être lue dans /proc/meminfo.</translation>
    </message>
    <message>
        <source>The free space at %1 could not be measured.</source>
        <translation>L’espace libre à %1 n’a pas pu être mesuré.</translation>
    </message>
    <message>
        <source>Neither /etc/os-release nor /usr/lib/os-release could be read.</source>
        <translation>Ni /etc/os-release ni /usr/lib/os-release n’ont pu être lus.</translation>
    </message>
    <message>
        <source>The open-source nouveau driver is loaded; the NVIDIA driver cannot be installed while it is. Blacklist nouveau and reboot first.</source>
        <translation>Le pilote libre nouveau est chargé ; le pilote NVIDIA ne peut pas être installé tant qu’il l’est. Mettez d’abord nouveau en liste noire et redémarrez.</translation>
    </message>
    <message>
        <source>Secure Boot is on: an NVIDIA kernel module that is not signed with an enrolled key will be refused at load time.</source>
        <translation>Secure Boot est activé : un module noyau NVIDIA qui n’est pas signé avec une clé enregistrée sera refusé au chargement.</translation>
    </message>
    <message>
        <source>No kernel headers for the running kernel %1: a driver install cannot build its module. Install linux-headers-%1.</source>
        <translation>Aucun en-tête pour le noyau en cours d’exécution %1 : l’installation d’un pilote ne peut pas compiler son module. Installez linux-headers-%1.</translation>
    </message>
    <message>
        <source>Several CUDA toolkits are on PATH / LD_LIBRARY_PATH (%1): builds may mix nvcc and libraries of different versions.</source>
        <translation>Plusieurs toolkits CUDA sont dans PATH / LD_LIBRARY_PATH (%1) : les builds peuvent mélanger nvcc et des bibliothèques de versions différentes.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Print the profile as JSON.</source>
        <translation>Afficher le profil en JSON.</translation>
    </message>
    <message>
        <source>Text files to read; - reads standard input.</source>
        <translation>Fichiers texte à lire ; - lit l’entrée standard.</translation>
    </message>
    <message>
        <source>Name at least one file to import (or - for standard input).</source>
        <translation>Indiquez au moins un fichier à importer (ou - pour l’entrée standard).</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>%1: not a format dlstack knows. It reads the output of collect_env, nvidia-smi, nvcc, rocminfo, conda info and the other tools listed in `dlstack import --help`.</source>
        <translation>%1 : format inconnu de dlstack. Il lit la sortie de collect_env, nvidia-smi, nvcc, rocminfo, conda info et des autres outils listés dans `dlstack import --help`.</translation>
    </message>
    <message>
        <source>%1: read as %2</source>
        <translation>%1 : lu comme %2</translation>
    </message>
    <message>
        <source>%1: longer than %2 MiB, and its first %2 MiB are in no format dlstack knows (a JSON text cut short cannot be read at all). Import a shorter excerpt.</source>
        <translation>%1 : plus long que %2 Mio, et ses %2 premiers Mio ne sont dans aucun format connu de dlstack (un texte JSON tronqué ne se lit pas du tout). Importez un extrait plus court.</translation>
    </message>
    <message>
        <source>Builds a profile of another machine from text its owner sent: python -m torch.utils.collect_env (and vLLM&apos;s and SGLang&apos;s reports), nvidia-smi (table, csv, -q, -q -x), /proc/driver/nvidia/version, lspci, nvcc --version, rocminfo, rocm-smi (table, -i, --json), amd-smi static, ROCm&apos;s .info/version, hipcc --version, conda info (plain or --json), conda env list, environments.txt, cudnn_version.h, gcc --version, cmake --version, /etc/os-release. A file may hold several of them one after another.</source>
        <translation>Construit le profil d’une autre machine à partir du texte envoyé par son propriétaire : python -m torch.utils.collect_env (et les rapports de vLLM et de SGLang), nvidia-smi (tableau, csv, -q, -q -x), /proc/driver/nvidia/version, lspci, nvcc --version, rocminfo, rocm-smi (tableau, -i, --json), amd-smi static, .info/version de ROCm, hipcc --version, conda info (simple ou --json), conda env list, environments.txt, cudnn_version.h, gcc --version, cmake --version, /etc/os-release. Un fichier peut en contenir plusieurs à la suite.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>any GPU</source>
        <translation>un GPU</translation>
    </message>
    <message>
        <source>the driver version</source>
        <translation>la version du pilote</translation>
    </message>
    <message>
        <source>all %1 attached GPUs (it lists %2)</source>
        <translation>les %1 GPU connectés (il en liste %2)</translation>
    </message>
    <message>
        <source>the PyTorch version</source>
        <translation>la version de PyTorch</translation>
    </message>
    <message>
        <source>the CUDA release</source>
        <translation>la version de CUDA</translation>
    </message>
    <message>
        <source>conda&apos;s version</source>
        <translation>la version de conda</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>lines %1-%2</source>
        <translation>lignes %1-%2</translation>
    </message>
</context>
<context>
    <name>InstallPage</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>&amp;Cancel install</source>
        <translation>&amp;Annuler l’installation</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Each stage can be rolled back on its own. The log shows every line of output.</source>
        <translation>Chaque étape peut être annulée séparément. Le journal montre chaque ligne de sortie.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Install stages</source>
        <translation>Étapes de l’installation</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Progression globale</translation>
    </message>
    <message>
        <source>Install log</source>
        <translation>Journal d’installation</translation>
    </message>
    <message>
        <source>Install status</source>
        <translation>État de l’installation</translation>
    </message>
    <message>
        <source>Start the install</source>
        <translation>Démarrer l’installation</translation>
    </message>
    <message>
        <source>Cancel the install</source>
        <translation>Annuler l’installation</translation>
    </message>
    <message>
        <source>This build of dlstack cannot run installs yet.</source>
        <translation>Cette build de dlstack ne peut pas encore exécuter d’installations.</translation>
    </message>
    <message>
        <source>This build cannot run the install itself yet. Go on to see the activation command; run the stages above by hand or with the dlstack command line.</source>
        <translation>Cette build ne peut pas encore exécuter l’installation elle-même. Continuez pour voir la commande d’activation ; exécutez les étapes ci-dessus à la main ou avec la ligne de commande dlstack.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>en cours…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>Installed. Go on to see how to use it.</source>
        <translation>Installé. Continuez pour voir comment l’utiliser.</translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>Installation…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>Ro&amp;ll back stage…</source>
        <translation>A&amp;nnuler l’étape…</translation>
    </message>
    <message>
        <source>Install messages</source>
        <translation>Messages d’installation</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Roll back the selected stage</source>
        <translation>Annuler l’étape sélectionnée</translation>
    </message>
    <message>
        <source>Removes what the selected stage created and restores what it changed.</source>
        <translation>Supprime ce que l’étape sélectionnée a créé et restaure ce qu’elle a modifié.</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>A build started earlier is still running; showing it.</source>
        <translation>Une compilation lancée plus tôt est toujours en cours ; elle est affichée.</translation>
    </message>
    <message>
        <source>No plan could be made for these choices; go back and change them.</source>
        <translation>Aucun plan n’a pu être établi pour ces choix ; revenez en arrière pour les modifier.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>An earlier run into this folder stopped part-way. Resume goes on from there (finished stages are kept); a stage can also be rolled back.</source>
        <translation>Une exécution précédente dans ce dossier s’est arrêtée en cours de route. Reprendre continue à partir de là (les étapes terminées sont conservées) ; une étape peut aussi être annulée.</translation>
    </message>
    <message>
        <source>Press Start to begin. You can cancel at any time and resume later.</source>
        <translation>Appuyez sur Démarrer. Vous pouvez annuler à tout moment et reprendre plus tard.</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>annulée</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>environ %n seconde restante</numerusform>
            <numerusform>environ %n secondes restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>environ %n minute restante</numerusform>
            <numerusform>environ %n minutes restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>environ %n heure restante</numerusform>
            <numerusform>environ %n heures restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>The stage was rolled back.</source>
        <translation>L’étape a été annulée.</translation>
    </message>
    <message>
        <source>The rollback did not finish: %1 Try it again; it continues where it stopped.</source>
        <translation>L’annulation n’a pas abouti : %1 Réessayez ; elle reprend là où elle s’est arrêtée.</translation>
    </message>
    <message>
        <source>Roll back &quot;%1&quot;?</source>
        <translation>Annuler « %1 » ?</translation>
    </message>
    <message>
        <source>The journal records nothing this stage left behind.</source>
        <translation>Le journal n’indique rien que cette étape ait laissé.</translation>
    </message>
    <message>
        <source>This will:</source>
        <translation>Cela va :</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Roll back a stage</source>
        <translation>Annuler une étape</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Rolling back…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Pa&amp;use</translation>
    </message>
    <message>
        <source>Pause or continue the install</source>
        <translation>Mettre en pause ou poursuivre l’installation</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>P&amp;oursuivre</translation>
    </message>
    <message>
        <source>Paused: the running program is stopped and no new step starts.</source>
        <translation>En pause : le programme en cours est arrêté et aucune nouvelle étape ne commence.</translation>
    </message>
    <message>
        <source>Stops the running program or download until you continue.</source>
        <translation>Arrête le programme ou le téléchargement en cours jusqu’à ce que vous continuiez.</translation>
    </message>
    <message>
        <source>no progress for a while</source>
        <translation>aucune progression depuis un moment</translation>
    </message>
    <message>
        <source>Cancelled. Resume goes on from where it stopped; finished stages are kept.</source>
        <translation>Annulé. « Reprendre » continue là où l’installation s’est arrêtée ; les étapes terminées sont conservées.</translation>
    </message>
    <message>
        <source>“%1” failed: the log shows the line, the panel below it why. Fix it and press Resume; finished stages are kept.</source>
        <translation>« %1 » a échoué : le journal montre la ligne, le panneau en dessous la raison. Corrigez le problème et cliquez sur « Reprendre » ; les étapes terminées sont conservées.</translation>
    </message>
    <message>
        <source>The install stopped. Press Resume to go on; finished stages are kept.</source>
        <translation>L’installation s’est arrêtée. Cliquez sur « Reprendre » pour continuer ; les étapes terminées sont conservées.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
</context>
<context>
    <name>InstallWizard</name>
    <message>
        <source>dlstack — set up a deep-learning stack</source>
        <translation>dlstack — installer une pile de deep learning</translation>
    </message>
    <message>
        <source>Settin&amp;gs…</source>
        <translation>Para&amp;mètres…</translation>
    </message>
    <message>
        <source>A build is running</source>
        <translation>Une compilation est en cours</translation>
    </message>
    <message>
        <source>The install is still running. It can keep running without this window: open dlstack again to see it, or to resume or roll back once it has stopped.</source>
        <translation>L’installation est toujours en cours. Elle peut continuer sans cette fenêtre : rouvrez dlstack pour la voir, ou pour la reprendre ou l’annuler une fois arrêtée.</translation>
    </message>
    <message>
        <source>&amp;Keep building in the background</source>
        <translation>&amp;Continuer en arrière-plan</translation>
    </message>
    <message>
        <source>&amp;Stop the build</source>
        <translation>&amp;Arrêter la compilation</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>Pile</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fin</translation>
    </message>
</context>
<context>
    <name>LogInspector</name>
    <message>
        <source>Search the log</source>
        <comment>placeholder of the log search field</comment>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expression régulière</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Errors and warnings only</source>
        <translation>Erreurs et avertissements uniquement</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>Jump to root cause</source>
        <translation>Aller à la cause</translation>
    </message>
    <message>
        <source>Copy diagnosis</source>
        <translation>Copier le diagnostic</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <comment>status after indexing</comment>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>no match</source>
        <translation>aucune correspondance</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n correspondance</numerusform>
            <numerusform>%n correspondances</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 lines shown</source>
        <translation>%1 lignes affichées sur %2</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <comment>diagnosis list entry</comment>
        <translation>%1 (ligne %2)</translation>
    </message>
    <message>
        <source>No known cause of failure was found in this log.</source>
        <translation>Aucune cause d’échec connue n’a été trouvée dans ce journal.</translation>
    </message>
    <message>
        <source>Unpacking %1…</source>
        <translation>Décompression de %1…</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>Lecture du journal…</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>recherche…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>Filtrage…</translation>
    </message>
    <message>
        <source>Looking for the cause of the failure…</source>
        <translation>Recherche de la cause de l’échec…</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi :</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire :</translation>
    </message>
    <message>
        <source>Rule %1, line %2</source>
        <translation>Règle %1, ligne %2</translation>
    </message>
    <message>
        <source>Why: %1
What to do: %2
</source>
        <translation>Pourquoi : %1
Que faire : %2
</translation>
    </message>
    <message>
        <source>The diagnosis follows the build&apos;s output.</source>
        <translation>Le diagnostic suit la sortie de la compilation.</translation>
    </message>
    <message>
        <source>Following %1</source>
        <translation>Suivi de %1</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Line %1:</source>
        <translation>Ligne %1 :</translation>
    </message>
</context>
<context>
    <name>LogInspectorWindow</name>
    <message>
        <source>dlstack log inspector</source>
        <translation>Inspecteur de journaux dlstack</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open log…</source>
        <translation>&amp;Ouvrir un journal…</translation>
    </message>
    <message>
        <source>Open a build log</source>
        <translation>Ouvrir un journal de build</translation>
    </message>
    <message>
        <source>Logs (*.log *.txt *.gz *.xz);;All files (*)</source>
        <translation>Journaux (*.log *.txt *.gz *.xz);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>%1 — dlstack log inspector</source>
        <translation>%1 — inspecteur de journaux dlstack</translation>
    </message>
</context>
<context>
    <name>LogReader</name>
    <message>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
    <message>
        <source>Standard input is a device, not a log.</source>
        <translation>L’entrée standard est un périphérique, pas un journal.</translation>
    </message>
    <message>
        <source>Redirect a log file or a program&apos;s output to dlstack instead.</source>
        <translation>Redirigez plutôt un fichier journal ou la sortie d’un programme vers dlstack.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a log.</source>
        <translation>%1 est un dossier, pas un journal.</translation>
    </message>
    <message>
        <source>Name the log file inside it.</source>
        <translation>Indiquez le fichier journal qu’il contient.</translation>
    </message>
    <message>
        <source>%1 is a device, not a log; reading it might never end.</source>
        <translation>%1 est un périphérique, pas un journal ; sa lecture pourrait ne jamais finir.</translation>
    </message>
    <message>
        <source>Save the output to a file first, or pipe it into `dlstack diagnose -`.</source>
        <translation>Enregistrez d’abord la sortie dans un fichier, ou envoyez-la dans `dlstack diagnose -`.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>Check the file name and that you may read the file.</source>
        <translation>Vérifiez le nom du fichier et que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>No program wrote to the FIFO %1 within %2 s.</source>
        <translation>Aucun programme n’a écrit dans le FIFO %1 en %2 s.</translation>
    </message>
    <message>
        <source>Start the program that writes the log into the FIFO, or pass a saved log file.</source>
        <translation>Lancez le programme qui écrit le journal dans le FIFO, ou indiquez un fichier journal enregistré.</translation>
    </message>
    <message>
        <source>Stopped reading %1: nothing new came for %2 s while the writer kept it open. The lines read so far were diagnosed.</source>
        <translation>Lecture de %1 arrêtée : rien de nouveau pendant %2 s alors que le programme qui écrit le gardait ouvert. Les lignes lues jusqu’ici ont été diagnostiquées.</translation>
    </message>
    <message>
        <source>Pass --idle-timeout 0 to wait until the writer closes it.</source>
        <translation>Indiquez --idle-timeout 0 pour attendre que le programme qui écrit le ferme.</translation>
    </message>
    <message>
        <source>Reading %1 was interrupted; the lines read so far were diagnosed.</source>
        <translation>La lecture de %1 a été interrompue ; les lignes lues jusqu’ici ont été diagnostiquées.</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>Build log</source>
        <translation>Journal de build</translation>
    </message>
</context>
<context>
    <name>MatrixBundle</name>
    <message>
        <source>The matrix bundle is refused: %1</source>
        <translation>Le bundle de matrice est refusé : %1</translation>
    </message>
    <message>
        <source>The version data in use is unchanged. Get a complete bundle made for this dlstack (docs/matrix-format.md, &quot;Matrix bundles&quot;).</source>
        <translation>Les données de version utilisées restent inchangées. Procurez-vous un bundle complet fait pour cette version de dlstack (docs/matrix-format.md, « Matrix bundles »).</translation>
    </message>
    <message>
        <source>installed bundle %1 from %2 (sha256 %3)</source>
        <translation>bundle installé %1 depuis %2 (sha256 %3)</translation>
    </message>
    <message>
        <source>built-in version %1</source>
        <translation>version intégrée %1</translation>
    </message>
    <message>
        <source>%1: %2: %3: %4</source>
        <translation>%1 : %2 : %3 : %4</translation>
    </message>
    <message>
        <source>file %1, record %2, field %3</source>
        <translation>fichier %1, enregistrement %2, champ %3</translation>
    </message>
    <message>
        <source>CUDA %1 (variant %2) is not a toolkit of cuda.json</source>
        <translation>CUDA %1 (variante %2) n’est pas un toolkit de cuda.json</translation>
    </message>
    <message>
        <source>ROCm %1 (variant %2) is not a release of rocm.json</source>
        <translation>ROCm %1 (variante %2) n’est pas une version de rocm.json</translation>
    </message>
    <message>
        <source>it is not complete JSON (%1 at line %2, column %3 of %4 bytes); it may have been cut short while downloading</source>
        <translation>ce n’est pas du JSON complet (%1 à la ligne %2, colonne %3 sur %4 octets) ; il a peut-être été tronqué pendant le téléchargement</translation>
    </message>
    <message>
        <source>field &quot;format&quot; is not &quot;%1&quot;; this is not a dlstack matrix bundle</source>
        <translation>le champ « format » n’est pas « %1 » ; ce n’est pas un bundle de matrice dlstack</translation>
    </message>
    <message>
        <source>field &quot;schema&quot; is missing or not a number</source>
        <translation>le champ « schema » manque ou n’est pas un nombre</translation>
    </message>
    <message>
        <source>it has schema %1, this dlstack reads schema %2; a newer dlstack is needed</source>
        <translation>il a le schéma %1, cette version de dlstack lit le schéma %2 ; une version plus récente de dlstack est nécessaire</translation>
    </message>
    <message>
        <source>schema %1 is not known to this dlstack (it reads schema %2)</source>
        <translation>le schéma %1 est inconnu de cette version de dlstack (elle lit le schéma %2)</translation>
    </message>
    <message>
        <source>field &quot;data_version&quot; must be a date like 2026-12-31</source>
        <translation>le champ « data_version » doit être une date comme 2026-12-31</translation>
    </message>
    <message>
        <source>files.%1: not a file of the version matrix (%2)</source>
        <translation>files.%1 : pas un fichier de la matrice des versions (%2)</translation>
    </message>
    <message>
        <source>files.%1: missing or not an object</source>
        <translation>files.%1 : manquant ou pas un objet</translation>
    </message>
    <message>
        <source>its sha256 is %1, not the pinned %2</source>
        <translation>son sha256 est %1, pas le %2 imposé</translation>
    </message>
    <message>
        <source>its data version %1 is not newer than the built-in data (version %2)</source>
        <translation>sa version de données %1 n’est pas plus récente que les données intégrées (version %2)</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Impossible de créer le répertoire %1.</translation>
    </message>
    <message>
        <source>Cannot write the matrix bundle to %1: %2</source>
        <translation>Impossible d’écrire le bundle de matrice dans %1 : %2</translation>
    </message>
    <message>
        <source>The version data in use is unchanged.</source>
        <translation>Les données de version utilisées restent inchangées.</translation>
    </message>
    <message>
        <source>Cannot remove the matrix bundle %1: %2</source>
        <translation>Impossible de supprimer le bundle de matrice %1 : %2</translation>
    </message>
    <message>
        <source>The installed bundle %1 is not used: %2</source>
        <translation>Le bundle installé %1 n’est pas utilisé : %2</translation>
    </message>
    <message>
        <source>The installed bundle %1 (version %2) is not newer than the built-in data; it is not used.</source>
        <translation>Le bundle installé %1 (version %2) n’est pas plus récent que les données intégrées ; il n’est pas utilisé.</translation>
    </message>
</context>
<context>
    <name>MatrixCommand</name>
    <message>
        <source> (experimental: %1)</source>
        <translation> (expérimental : %1)</translation>
    </message>
    <message>
        <source>Python %1</source>
        <translation>Python %1</translation>
    </message>
    <message>
        <source>arch %1</source>
        <translation>arch %1</translation>
    </message>
    <message>
        <source>gfx %1</source>
        <translation>gfx %1</translation>
    </message>
    <message>
        <source>source build: gcc &gt;= %1, C++%2, CMake &gt;= %3%4</source>
        <translation>compilation depuis les sources : gcc &gt;= %1, C++%2, CMake &gt;= %3%4</translation>
    </message>
    <message>
        <source>(no minimum)</source>
        <translation>(pas de minimum)</translation>
    </message>
    <message>
        <source>not confirmed: %1</source>
        <translation>non confirmé : %1</translation>
    </message>
    <message>
        <source>Lists the tested PyTorch releases with their CUDA/ROCm/CPU wheels, Python range, companions and source-build requirements. * marks the variant plain `pip install torch` gets.</source>
        <translation>Liste les versions testées de PyTorch avec leurs wheels CUDA/ROCm/CPU, la plage de Python, les paquets compagnons et les exigences de compilation depuis les sources. * marque la variante qu’obtient un simple `pip install torch`.</translation>
    </message>
    <message>
        <source>Only this release (&quot;2.4&quot; means the newest 2.4.x).</source>
        <translation>Uniquement cette version (« 2.4 » signifie la plus récente 2.4.x).</translation>
    </message>
    <message>
        <source>Print the records as JSON (docs/matrix-format.md).</source>
        <translation>Afficher les enregistrements en JSON (docs/matrix-format.md).</translation>
    </message>
    <message>
        <source>matrix takes no arguments; use --torch V.</source>
        <translation>matrix n’accepte pas d’arguments ; utilisez --torch V.</translation>
    </message>
    <message>
        <source>PyTorch %1 is not in the tested matrix (%2 to %3).</source>
        <translation>PyTorch %1 ne figure pas dans la matrice testée (%2 à %3).</translation>
    </message>
    <message>
        <source>Cannot read the matrix bundle %1: %2</source>
        <translation>Impossible de lire le bundle de matrice %1 : %2</translation>
    </message>
    <message>
        <source>The version data in use is unchanged.</source>
        <translation>Les données de version utilisées restent inchangées.</translation>
    </message>
    <message>
        <source>Cannot create a temporary directory: %1</source>
        <translation>Impossible de créer un répertoire temporaire : %1</translation>
    </message>
    <message>
        <source>Cannot read the downloaded bundle %1: %2</source>
        <translation>Impossible de lire le bundle téléchargé %1 : %2</translation>
    </message>
    <message>
        <source>Installs a newer version matrix bundle (docs/matrix-format.md) from a file or a URL, after checking it completely; commands then use the newer of the built-in and the installed data. --remove goes back to the built-in data.</source>
        <translation>Installe un bundle plus récent de la matrice des versions (docs/matrix-format.md) depuis un fichier ou une URL, après l’avoir entièrement vérifié ; les commandes utilisent ensuite les plus récentes des données intégrées et installées. --remove revient aux données intégrées.</translation>
    </message>
    <message>
        <source>Refuse the bundle unless its sha256 is HEX.</source>
        <translation>Refuser le bundle si son sha256 n’est pas HEX.</translation>
    </message>
    <message>
        <source>Remove the installed bundle; use the built-in data.</source>
        <translation>Supprimer le bundle installé ; utiliser les données intégrées.</translation>
    </message>
    <message>
        <source>Print the data now in use as JSON.</source>
        <translation>Afficher en JSON les données désormais utilisées.</translation>
    </message>
    <message>
        <source>The bundle: a path, or an http(s):// or file:// URL.</source>
        <translation>Le bundle : un chemin, ou une URL http(s):// ou file://.</translation>
    </message>
    <message>
        <source>matrix update --remove takes no bundle and no --sha256.</source>
        <translation>matrix update --remove ne prend ni bundle ni --sha256.</translation>
    </message>
    <message>
        <source>Removed the installed bundle; now using %1.</source>
        <translation>Bundle installé supprimé ; utilise désormais %1.</translation>
    </message>
    <message>
        <source>No bundle was installed; using %1.</source>
        <translation>Aucun bundle n’était installé ; utilise %1.</translation>
    </message>
    <message>
        <source>matrix update takes one bundle (a file or a URL), or --remove.</source>
        <translation>matrix update prend un bundle (un fichier ou une URL), ou --remove.</translation>
    </message>
    <message>
        <source>--sha256 takes 64 hex digits.</source>
        <translation>--sha256 prend 64 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>Installed; now using %1.</source>
        <translation>Installé ; utilise désormais %1.</translation>
    </message>
    <message>
        <source>Say which data is in use: the built-in data or an installed bundle.</source>
        <translation>Indiquer quelles données sont utilisées : les données intégrées ou un bundle installé.</translation>
    </message>
    <message>
        <source>`dlstack matrix update --help`: install a newer bundle.</source>
        <translation>`dlstack matrix update --help` : installer un bundle plus récent.</translation>
    </message>
    <message>
        <source>Version data in use: %1</source>
        <translation>Données de version utilisées : %1</translation>
    </message>
</context>
<context>
    <name>ModulefileExporter</name>
    <message>
        <source>The plan &quot;%1&quot; writes no activation script; a modulefile would have nothing to load.</source>
        <translation>Le plan « %1 » n’écrit aucun script d’activation ; un modulefile n’aurait rien à charger.</translation>
    </message>
    <message>
        <source>Plan with dlstack plan (its activation stage writes &lt;prefix&gt;/activate), or add a write_file step for &quot;activate&quot; to the plan.</source>
        <translation>Planifiez avec dlstack plan (son étape d’activation écrit &lt;prefix&gt;/activate), ou ajoutez au plan un pas write_file pour « activate ».</translation>
    </message>
</context>
<context>
    <name>NvidiaProbe</name>
    <message>
        <source>nvidia-smi did not answer within %1 seconds; the driver or a GPU may be hung. Check `sudo dmesg | grep -i -e nvrm -e xid`; a reboot usually clears it.</source>
        <translation>nvidia-smi n’a pas répondu en %1 secondes ; le pilote ou un GPU est peut-être bloqué. Vérifiez `sudo dmesg | grep -i -e nvrm -e xid` ; un redémarrage règle généralement le problème.</translation>
    </message>
    <message>
        <source>nvidia-smi failed (exit code %1) and printed no GPU: %2</source>
        <translation>nvidia-smi a échoué (code de sortie %1) et n’a affiché aucun GPU : %2</translation>
    </message>
    <message>
        <source>This looks like a Jetson board: %1 is an L4T release, not a desktop driver version. Use NVIDIA JetPack to install CUDA on it.</source>
        <translation>Cela ressemble à une carte Jetson : %1 est une version L4T, pas une version de pilote de bureau. Utilisez NVIDIA JetPack pour y installer CUDA.</translation>
    </message>
</context>
<context>
    <name>NvidiaSmiParser</name>
    <message>
        <source>nvidia-smi cannot talk to the NVIDIA driver: the kernel module is not loaded. Install the NVIDIA driver (or reinstall it for the running kernel) and reboot; inside a container, start it with the NVIDIA container runtime (--gpus all).</source>
        <translation>nvidia-smi ne peut pas communiquer avec le pilote NVIDIA : le module noyau n’est pas chargé. Installez le pilote NVIDIA (ou réinstallez-le pour le noyau en cours d’exécution) et redémarrez ; dans un conteneur, démarrez-le avec le runtime de conteneur NVIDIA (--gpus all).</translation>
    </message>
    <message>
        <source>nvidia-smi found no NVIDIA GPU. The driver is loaded but did not take the card: check `sudo dmesg | grep -i nvrm` (a driver too old for the GPU, or an open-module requirement) and install a driver that supports this GPU.</source>
        <translation>nvidia-smi n’a trouvé aucun GPU NVIDIA. Le pilote est chargé mais n’a pas pris en charge la carte : vérifiez `sudo dmesg | grep -i nvrm` (un pilote trop ancien pour le GPU, ou une exigence de module ouvert) et installez un pilote qui prend en charge ce GPU.</translation>
    </message>
    <message>
        <source>The NVIDIA driver was updated but the old kernel module is still loaded (driver/library version mismatch). Reboot to load the new driver.</source>
        <translation>Le pilote NVIDIA a été mis à jour mais l’ancien module noyau est toujours chargé (incohérence de version entre pilote et bibliothèque). Redémarrez pour charger le nouveau pilote.</translation>
    </message>
    <message>
        <source>This nvidia-smi is too old to report some fields (such as the compute capability).</source>
        <translation>Ce nvidia-smi est trop ancien pour indiquer certains champs (comme la compute capability).</translation>
    </message>
</context>
<context>
    <name>Nvml</name>
    <message>
        <source>libnvidia-ml.so.1 could not be loaded (%1).</source>
        <translation>Impossible de charger libnvidia-ml.so.1 (%1).</translation>
    </message>
    <message>
        <source>libnvidia-ml.so.1 lacks the functions dlstack needs (a driver older than R418?).</source>
        <translation>Il manque à libnvidia-ml.so.1 des fonctions dont dlstack a besoin (un pilote antérieur à R418 ?).</translation>
    </message>
    <message>
        <source>NVML did not start (error %1): the NVIDIA driver is not loaded or does not match the library.</source>
        <translation>NVML n’a pas démarré (erreur %1) : le pilote NVIDIA n’est pas chargé ou ne correspond pas à la bibliothèque.</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>New &amp;venv</source>
        <translation>Nouveau &amp;venv</translation>
    </message>
    <message>
        <source>New &amp;conda environment</source>
        <translation>Nouvel environnement co&amp;nda</translation>
    </message>
    <message>
        <source>E&amp;xisting environment:</source>
        <translation>Environnement e&amp;xistant :</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Where to install and how. The defaults suit most machines.</source>
        <translation>Où et comment installer. Les valeurs par défaut conviennent à la plupart des machines.</translation>
    </message>
    <message>
        <source>Install folder</source>
        <translation>Dossier d’installation</translation>
    </message>
    <message>
        <source>Free space in the install folder</source>
        <translation>Espace libre dans le dossier d’installation</translation>
    </message>
    <message>
        <source>Existing environment</source>
        <translation>Environnement existant</translation>
    </message>
    <message>
        <source>Environment name</source>
        <translation>Nom de l’environnement</translation>
    </message>
    <message>
        <source>GPU architecture list</source>
        <translation>Liste d’architectures GPU</translation>
    </message>
    <message>
        <source>Parallel compile jobs</source>
        <translation>Tâches de compilation parallèles</translation>
    </message>
    <message>
        <source>Compiler cache</source>
        <translation>Cache du compilateur</translation>
    </message>
    <message>
        <source>Package mirror URL</source>
        <translation>URL du miroir de paquets</translation>
    </message>
    <message>
        <source>Offline package folder</source>
        <translation>Dossier de paquets hors ligne</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Problem with the options</source>
        <translation>Problème avec les options</translation>
    </message>
    <message>
        <source>e.g. 8.6;8.9 — empty: this machine&apos;s GPUs</source>
        <translation>p. ex. 8.6;8.9 — vide : les GPU de cette machine</translation>
    </message>
    <message>
        <source>e.g. https://mirror.example.org/pypi/simple</source>
        <translation>p. ex. https://mirror.example.org/pypi/simple</translation>
    </message>
    <message>
        <source>e.g. http://proxy.example.org:3128</source>
        <translation>p. ex. http://proxy.example.org:3128</translation>
    </message>
    <message>
        <source>environment name</source>
        <translation>nom de l’environnement</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>P&amp;arcourir…</translation>
    </message>
    <message>
        <source>Choose the install folder</source>
        <translation>Choisir le dossier d’installation</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the offline package folder</source>
        <translation>Choisir le dossier de paquets hors ligne</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Extras</source>
        <translation>Extras</translation>
    </message>
    <message>
        <source>NVIDIA Apex is built from source against the installed PyTorch.</source>
        <translation>NVIDIA Apex est compilé depuis les sources avec le PyTorch installé.</translation>
    </message>
    <message>
        <source>Source build</source>
        <translation>Compilation depuis les sources</translation>
    </message>
    <message>
        <source>&amp;Arch list:</source>
        <translation>&amp;Liste d’architectures :</translation>
    </message>
    <message>
        <source>MAX_&amp;JOBS:</source>
        <translation>MAX_&amp;JOBS :</translation>
    </message>
    <message>
        <source>Compiler cac&amp;he:</source>
        <translation>&amp;Cache du compilateur :</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>&amp;Mirror:</source>
        <translation>Mi&amp;roir :</translation>
    </message>
    <message>
        <source>Off&amp;line folder:</source>
        <translation>Dossier hors li&amp;gne :</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>Prox&amp;y :</translation>
    </message>
    <message>
        <source>Install &amp;folder:</source>
        <translation>&amp;Dossier d’installation :</translation>
    </message>
    <message>
        <source>No venv or conda environment was found.</source>
        <translation>Aucun environnement venv ou conda n’a été trouvé.</translation>
    </message>
    <message>
        <source>Free space: unknown.</source>
        <translation>Espace libre : inconnu.</translation>
    </message>
    <message>
        <source>Choose an install folder with a full path, such as %1.</source>
        <translation>Choisissez un dossier d’installation avec un chemin complet, comme %1.</translation>
    </message>
    <message>
        <source>%1 has only %2 MiB free; this install needs about %3 MiB.</source>
        <translation>%1 n’a que %2 Mio libres ; cette installation nécessite environ %3 Mio.</translation>
    </message>
    <message>
        <source>Give the new environment a name.</source>
        <translation>Donnez un nom au nouvel environnement.</translation>
    </message>
    <message>
        <source>distcc hosts</source>
        <translation>hôtes distcc</translation>
    </message>
    <message>
        <source>e.g. 10.0.0.5/16 10.0.0.6/16 — empty: ~/.distcc/hosts</source>
        <translation>p. ex. 10.0.0.5/16 10.0.0.6/16 — vide : ~/.distcc/hosts</translation>
    </message>
    <message>
        <source>distcc hos&amp;ts:</source>
        <translation>&amp;Hôtes distcc :</translation>
    </message>
    <message>
        <source>The opencv-python-headless wheel; with a CUDA source build, OpenCV is built with CUDA too.</source>
        <translation>Le wheel opencv-python-headless ; avec une compilation CUDA depuis les sources, OpenCV est aussi compilé avec CUDA.</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Par défaut : %1</translation>
    </message>
    <message>
        <source>Planning for %1: where the plan installs on that machine, and how.</source>
        <translation>Planification pour %1 : où et comment le plan installe sur cette machine-là.</translation>
    </message>
    <message>
        <source>Loo&amp;k in a folder…</source>
        <translation>&amp;Trouver dans un dossier…</translation>
    </message>
    <message>
        <source>Choose the folder of an existing environment</source>
        <translation>Choisir le dossier d’un environnement existant</translation>
    </message>
    <message>
        <source>A venv or conda environment that was not found on its own.</source>
        <translation>Un environnement venv ou conda qui n’a pas été trouvé automatiquement.</translation>
    </message>
    <message>
        <source>Folder of an existing environment</source>
        <translation>Dossier d’un environnement existant</translation>
    </message>
    <message>
        <source>chosen on the Options page</source>
        <translation>choisi sur la page « Options »</translation>
    </message>
    <message>
        <source>%1 is not a Python environment: it has neither pyvenv.cfg (venv) nor conda-meta (conda).</source>
        <translation>%1 n’est pas un environnement Python : il n’a ni pyvenv.cfg (venv) ni conda-meta (conda).</translation>
    </message>
    <message>
        <source>%1 free; the space needed is known once these choices make a plan.</source>
        <translation>%1 libres ; l’espace nécessaire sera connu quand ces choix donneront un plan.</translation>
    </message>
    <message>
        <source>%1 free; about %2 needed.</source>
        <translation>%1 libres ; environ %2 nécessaires.</translation>
    </message>
    <message>
        <source>Only %1 free; about %2 needed. Choose another folder or free some space.</source>
        <translation>Seulement %1 libres ; environ %2 nécessaires. Choisissez un autre dossier ou libérez de l’espace.</translation>
    </message>
</context>
<context>
    <name>OsRelease</name>
    <message>
        <source>%1 has no ID= line; the distribution is unknown.</source>
        <translation>%1 n’a pas de ligne ID= ; la distribution est inconnue.</translation>
    </message>
</context>
<context>
    <name>PackageProbe</name>
    <message>
        <source>The NVIDIA driver was installed both with NVIDIA&apos;s .run installer and from packages (%1). Remove one of them (nvidia-uninstall, or apt purge) before installing another driver.</source>
        <translation>Le pilote NVIDIA a été installé à la fois avec l’installateur .run de NVIDIA et depuis des paquets (%1). Supprimez l’un des deux (nvidia-uninstall, ou apt purge) avant d’installer un autre pilote.</translation>
    </message>
    <message>
        <source>CUDA %1 was installed both with the .run installer and from packages; their files overwrite each other. Keep one of them.</source>
        <translation>CUDA %1 a été installé à la fois avec l’installateur .run et depuis des paquets ; leurs fichiers s’écrasent mutuellement. N’en gardez qu’un.</translation>
    </message>
</context>
<context>
    <name>PathGuard</name>
    <message>
        <source>Could not look at %1.</source>
        <translation>Impossible d’examiner %1.</translation>
    </message>
    <message>
        <source>Check the permissions of the directories on the way.</source>
        <translation>Vérifiez les permissions des répertoires sur le chemin.</translation>
    </message>
</context>
<context>
    <name>PciProbe</name>
    <message>
        <source>The NVIDIA GPU %1 is driven by nouveau, which cannot run CUDA. Install the NVIDIA driver; it blacklists nouveau, then reboot.</source>
        <translation>Le GPU NVIDIA %1 est piloté par nouveau, qui ne peut pas exécuter CUDA. Installez le pilote NVIDIA ; il met nouveau en liste noire, puis redémarrez.</translation>
    </message>
    <message>
        <source>The NVIDIA GPU %1 has no driver. Install the NVIDIA driver (for example `sudo ubuntu-drivers install`) and reboot.</source>
        <translation>Le GPU NVIDIA %1 n’a pas de pilote. Installez le pilote NVIDIA (par exemple `sudo ubuntu-drivers install`) et redémarrez.</translation>
    </message>
    <message>
        <source>The NVIDIA GPU %1 is bound to %2 (passed through or reserved), not to the NVIDIA driver.</source>
        <translation>Le GPU NVIDIA %1 est lié à %2 (transmis ou réservé), pas au pilote NVIDIA.</translation>
    </message>
    <message>
        <source>The NVIDIA driver is loaded but did not take the GPU %1. `sudo dmesg | grep -i nvrm` tells why (often a driver too old for the card, or one that needs the open kernel module).</source>
        <translation>Le pilote NVIDIA est chargé mais n’a pas pris en charge le GPU %1. `sudo dmesg | grep -i nvrm` indique pourquoi (souvent un pilote trop ancien pour la carte, ou un pilote qui nécessite le module noyau ouvert).</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>Mirror base URL or offline directory.</source>
        <translation>URL de base du miroir ou répertoire hors ligne.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu : %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque : %1</translation>
    </message>
    <message>
        <source>run as root first: %1</source>
        <translation>exécuter d’abord en tant que root : %1</translation>
    </message>
    <message>
        <source>warning: the mirror directory %1 has no %2; the install will fetch it from its URL (run `dlstack bundle` where there is a network to fill the directory).</source>
        <translation>avertissement : le répertoire miroir %1 ne contient pas %2 ; l’installation le téléchargera depuis son URL (lancez `dlstack bundle` là où il y a du réseau pour remplir le répertoire).</translation>
    </message>
    <message>
        <source>once installed, activate it with: %1</source>
        <translation>une fois installé, activez-le avec : %1</translation>
    </message>
    <message>
        <source>With --format sbatch: the Slurm partition (default: the cluster&apos;s).</source>
        <translation>Avec --format sbatch : la partition Slurm (par défaut : celle du cluster).</translation>
    </message>
    <message>
        <source>--partition goes with --format sbatch.</source>
        <translation>--partition va avec --format sbatch.</translation>
    </message>
    <message>
        <source>needs: internet (%1); downloads about %2 (%3)</source>
        <translation>besoin : Internet (%1) ; télécharge environ %2 (%3)</translation>
    </message>
    <message>
        <source>needs: no internet (everything comes from the offline folder)</source>
        <translation>besoin : pas d’Internet (tout vient du dossier hors ligne)</translation>
    </message>
    <message>
        <source>needs: about %1 of disk in %2, %3 on this machine (`dlstack preflight PLAN.json` checks the servers)</source>
        <translation>besoin : environ %1 d’espace disque dans %2, %3 sur cette machine (`dlstack preflight PLAN.json` vérifie les serveurs)</translation>
    </message>
    <message>
        <source>Plans a PyTorch installation for this machine and writes it as a plan, a bash script, a Dockerfile, a Slurm batch job, an Ansible playbook or an Lmod modulefile.</source>
        <translation>Planifie une installation de PyTorch pour cette machine et l’écrit sous forme de plan, de script bash, de Dockerfile, de job batch Slurm, de playbook Ansible ou de modulefile Lmod.</translation>
    </message>
    <message>
        <source>Install folder (default: ~/dlstack/&lt;stack&gt;, e.g. ~/dlstack/torch-2.4.1-cu124); a relative path is taken from here.</source>
        <translation>Dossier d’installation (par défaut : ~/dlstack/&lt;pile&gt;, p. ex. ~/dlstack/torch-2.4.1-cu124) ; un chemin relatif part du dossier courant.</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output (with --format ansible: into this directory).</source>
        <translation>Écrire dans ce fichier plutôt que sur la sortie standard (avec --format ansible : dans ce répertoire).</translation>
    </message>
    <message>
        <source>json (default), bash, dockerfile, sbatch (a Slurm batch job), ansible (a playbook for many hosts, needs -o DIR) or modulefile (Lmod).</source>
        <translation>json (par défaut), bash, dockerfile, sbatch (un job batch Slurm), ansible (un playbook pour de nombreux hôtes, nécessite -o DIR) ou modulefile (Lmod).</translation>
    </message>
    <message>
        <source>Unknown --format %1 (json, bash, dockerfile, sbatch, ansible, modulefile).</source>
        <translation>--format %1 inconnu (json, bash, dockerfile, sbatch, ansible, modulefile).</translation>
    </message>
    <message>
        <source>--format ansible writes several files (site.yml, inventory.ini, plan.json, selection.json): name a directory with -o DIR.</source>
        <translation>--format ansible écrit plusieurs fichiers (site.yml, inventory.ini, plan.json, selection.json) : indiquez un répertoire avec -o DIR.</translation>
    </message>
    <message>
        <source>note: no stack named, so the recommended one for this machine: %1 (`dlstack recommend` lists the others; --torch and the other options choose).</source>
        <translation>remarque : aucune pile indiquée, donc celle recommandée pour cette machine : %1 (`dlstack recommend` liste les autres ; --torch et les autres options permettent de choisir).</translation>
    </message>
    <message>
        <source>No stack was named and none can be recommended for this machine; name one with --torch (see `dlstack matrix`).</source>
        <translation>Aucune pile n’a été indiquée et aucune ne peut être recommandée pour cette machine ; indiquez-en une avec --torch (voir `dlstack matrix`).</translation>
    </message>
    <message>
        <source>prefix</source>
        <translation>préfixe</translation>
    </message>
    <message>
        <source>prefix: %1 (the default; --prefix DIR for another)</source>
        <translation>préfixe : %1 (par défaut ; --prefix DIR pour un autre)</translation>
    </message>
    <message>
        <source>The directory %1 cannot be made.</source>
        <translation>Impossible de créer le répertoire %1.</translation>
    </message>
    <message>
        <source>wrote %1 into %2; list the hosts in inventory.ini, then: ansible-playbook -i %3 %4</source>
        <translation>%1 écrit dans %2 ; listez les hôtes dans inventory.ini, puis : ansible-playbook -i %3 %4</translation>
    </message>
    <message>
        <source>output</source>
        <translation>sortie</translation>
    </message>
</context>
<context>
    <name>PlanLoader</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON invalide : %1</translation>
    </message>
    <message>
        <source>Fix the JSON syntax at that position.</source>
        <translation>Corrigez la syntaxe JSON à cette position.</translation>
    </message>
    <message>
        <source>Correct the field &quot;%1&quot; (see docs/plan-format.md).</source>
        <translation>Corrigez le champ « %1 » (voir docs/plan-format.md).</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>champ obligatoire manquant</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>doit être une liste de chaînes</translation>
    </message>
    <message>
        <source>must be an object of strings</source>
        <translation>doit être un objet de chaînes</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <source>path &quot;%1&quot; leaves the install prefix and the download cache</source>
        <translation>le chemin « %1 » sort du préfixe d’installation et du cache de téléchargement</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
    <message>
        <source>a plan must be a JSON object</source>
        <translation>un plan doit être un objet JSON</translation>
    </message>
    <message>
        <source>this dlstack reads schema %1 only</source>
        <translation>ce dlstack ne lit que le schéma %1</translation>
    </message>
    <message>
        <source>must be an absolute path</source>
        <translation>doit être un chemin absolu</translation>
    </message>
    <message>
        <source>the root directory cannot be an install prefix</source>
        <translation>le répertoire racine ne peut pas être un préfixe d’installation</translation>
    </message>
    <message>
        <source>the root directory cannot be a cache</source>
        <translation>le répertoire racine ne peut pas être un cache</translation>
    </message>
    <message>
        <source>must be a list of stages</source>
        <translation>doit être une liste d’étapes</translation>
    </message>
    <message>
        <source>a stage must be an object</source>
        <translation>une étape doit être un objet</translation>
    </message>
    <message>
        <source>stage id &quot;%1&quot; is used twice</source>
        <translation>l’identifiant d’étape « %1 » est utilisé deux fois</translation>
    </message>
    <message>
        <source>use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only</source>
        <translation>utilisez uniquement des lettres, des chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;</translation>
    </message>
    <message>
        <source>must be a list of steps</source>
        <translation>doit être une liste de pas</translation>
    </message>
    <message>
        <source>a step must be an object</source>
        <translation>un pas doit être un objet</translation>
    </message>
    <message>
        <source>must be 64 hexadecimal digits</source>
        <translation>doit comporter 64 chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to 16</source>
        <translation>doit être un nombre entier de 0 à 16</translation>
    </message>
    <message>
        <source>a ref cannot start with &apos;-&apos;</source>
        <translation>une référence ne peut pas commencer par &apos;-&apos;</translation>
    </message>
    <message>
        <source>a URL cannot start with &apos;-&apos;</source>
        <translation>une URL ne peut pas commencer par &apos;-&apos;</translation>
    </message>
    <message>
        <source>must be a list of arguments, not a shell string</source>
        <translation>doit être une liste d’arguments, pas une chaîne shell</translation>
    </message>
    <message>
        <source>required list of arguments is missing</source>
        <translation>la liste d’arguments obligatoire est manquante</translation>
    </message>
    <message>
        <source>must name a program first</source>
        <translation>doit d’abord nommer un programme</translation>
    </message>
    <message>
        <source>unknown progress parser &quot;%1&quot;</source>
        <translation>analyseur de progression « %1 » inconnu</translation>
    </message>
    <message>
        <source>must be an octal mode such as &quot;0644&quot;</source>
        <translation>doit être un mode octal comme &quot;0644&quot;</translation>
    </message>
    <message>
        <source>unknown step kind &quot;%1&quot; (known: download, extract, git, run, write_file)</source>
        <translation>type de pas « %1 » inconnu (connus : download, extract, git, run, write_file)</translation>
    </message>
    <message>
        <source>must start with https://, http:// or file://</source>
        <translation>doit commencer par https://, http:// ou file://</translation>
    </message>
    <message>
        <source>Could not read the plan %1.</source>
        <translation>Impossible de lire le plan %1.</translation>
    </message>
    <message>
        <source>Check the path and its permissions.</source>
        <translation>Vérifiez le chemin et ses permissions.</translation>
    </message>
    <message>
        <source>the path contains the control character %1; a path must be printable text</source>
        <translation>le chemin contient le caractère de contrôle %1 ; un chemin doit être du texte imprimable</translation>
    </message>
    <message>
        <source>the path contains the control character %1 (stage &quot;%2&quot;); a path must be printable text</source>
        <translation>le chemin contient le caractère de contrôle %1 (étape « %2 ») ; un chemin doit être du texte imprimable</translation>
    </message>
    <message>
        <source>path &quot;%1&quot; is the install prefix or the download cache itself; name a path inside it</source>
        <translation>le chemin « %1 » est le préfixe d’installation ou le cache de téléchargement lui-même ; indiquez un chemin à l’intérieur</translation>
    </message>
    <message>
        <source>path &quot;%1&quot; is inside %2/.dlstack, where dlstack keeps its journal, logs and backups; no step may write there</source>
        <translation>le chemin « %1 » est dans %2/.dlstack, où dlstack garde son journal, ses journaux d’étapes et ses sauvegardes ; aucun pas ne peut y écrire</translation>
    </message>
    <message>
        <source>must be a whole number of at least 1</source>
        <translation>doit être un nombre entier d’au moins 1</translation>
    </message>
    <message>
        <source>must be a number of at least 1</source>
        <translation>doit être un nombre d’au moins 1</translation>
    </message>
    <message>
        <source>must not hold %1, where dlstack keeps its journal</source>
        <translation>ne doit pas contenir %1, où dlstack garde son journal</translation>
    </message>
    <message>
        <source>inside %1 only as %1/cache</source>
        <translation>à l’intérieur de %1 seulement comme %1/cache</translation>
    </message>
    <message>
        <source>must be an object (a machine profile)</source>
        <translation>doit être un objet (un profil de machine)</translation>
    </message>
    <message>
        <source>must be a list of URLs</source>
        <translation>doit être une liste d’URL</translation>
    </message>
    <message>
        <source>must be a URL or an object with &quot;url&quot; and &quot;credential&quot;</source>
        <translation>doit être une URL ou un objet avec &quot;url&quot; et &quot;credential&quot;</translation>
    </message>
    <message>
        <source>a credential is sent to http(s) servers only, not to a file:// URL</source>
        <translation>un identifiant n’est envoyé qu’à des serveurs http(s), pas à une URL file://</translation>
    </message>
    <message>
        <source>a credential would be sent over plain http://; use https://, or set &quot;allow_insecure_auth&quot;: true and run `dlstack install --allow-insecure-auth`</source>
        <translation>un identifiant serait envoyé en http:// non chiffré ; utilisez https://, ou mettez &quot;allow_insecure_auth&quot;: true et lancez `dlstack install --allow-insecure-auth`</translation>
    </message>
    <message>
        <source>the credentials &quot;%1&quot; and &quot;%2&quot; are both named for %3; name one</source>
        <translation>les identifiants « %1 » et « %2 » sont tous deux indiqués pour %3 ; n’en nommez qu’un</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>The mirror directory %1 does not exist.</source>
        <translation>Le répertoire miroir %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Check the path given to --mirror, or run `dlstack bundle` to fill it.</source>
        <translation>Vérifiez le chemin donné à --mirror, ou lancez `dlstack bundle` pour le remplir.</translation>
    </message>
    <message>
        <source>The prefix %1 is not writable (checked %2).</source>
        <translation>Le préfixe %1 n’est pas accessible en écriture (vérifié : %2).</translation>
    </message>
    <message>
        <source>Choose a prefix in your home directory, or make it writable for your user.</source>
        <translation>Choisissez un préfixe dans votre répertoire personnel, ou rendez-le accessible en écriture pour votre utilisateur.</translation>
    </message>
    <message>
        <source>Not enough free space for %1: %2 MiB free, about %3 MiB needed.</source>
        <translation>Pas assez d’espace libre pour %1 : %2 Mio libres, environ %3 Mio nécessaires.</translation>
    </message>
    <message>
        <source>Free some space or choose a prefix on a larger disk.</source>
        <translation>Libérez de l’espace ou choisissez un préfixe sur un disque plus grand.</translation>
    </message>
    <message>
        <source>the image</source>
        <translation>l’image</translation>
    </message>
    <message>
        <source>the profile&apos;s machine</source>
        <translation>la machine du profil</translation>
    </message>
    <message>
        <source>A CUDA source build for %1 needs the GPUs it is for, and the profile names no NVIDIA GPU with its compute capability.</source>
        <translation>Une compilation CUDA depuis les sources pour %1 a besoin des GPU auxquels elle est destinée, et le profil ne nomme aucun GPU NVIDIA avec sa compute capability.</translation>
    </message>
    <message>
        <source>Name the architectures with --arch-list, e.g. --arch-list &quot;8.0;8.6;9.0+PTX&quot;.</source>
        <translation>Indiquez les architectures avec --arch-list, par ex. --arch-list &quot;8.0;8.6;9.0+PTX&quot;.</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>No plan could be made.</source>
        <translation>Aucun plan n’a pu être établi.</translation>
    </message>
    <message>
        <source>This plan is made for another machine (%1), not for this one.</source>
        <translation>Ce plan est fait pour une autre machine (%1), pas pour celle-ci.</translation>
    </message>
    <message>
        <source>Export it and run it there, or detect this machine again to plan for it.</source>
        <translation>Exportez-le et exécutez-le là-bas, ou détectez à nouveau cette machine pour planifier pour elle.</translation>
    </message>
</context>
<context>
    <name>PreflightCommand</name>
    <message>
        <source>Says what the install of a plan downloads, per stage and in all, and whether the servers it downloads from answer from this machine (through the proxy of https_proxy, http_proxy and no_proxy, or the plan&apos;s).</source>
        <translation>Indique ce que l’installation d’un plan télécharge, par étape et au total, et si les serveurs concernés répondent depuis cette machine (via le proxy de https_proxy, http_proxy et no_proxy, ou celui du plan).</translation>
    </message>
    <message>
        <source>The plan file (JSON).</source>
        <translation>Le fichier du plan (JSON).</translation>
    </message>
    <message>
        <source>Only list what is downloaded; do not contact any server.</source>
        <translation>Lister seulement ce qui est téléchargé ; ne contacter aucun serveur.</translation>
    </message>
    <message>
        <source>Seconds to wait for each server (default 8).</source>
        <translation>Secondes d’attente par serveur (8 par défaut).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <source>Usage: dlstack preflight PLAN.json [--no-network] [--timeout S] [--json]</source>
        <translation>Usage : dlstack preflight PLAN.json [--no-network] [--timeout S] [--json]</translation>
    </message>
    <message>
        <source>What the install of %1 downloads:</source>
        <translation>Ce que l’installation de %1 télécharge :</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>about %1 from %2</source>
        <translation>environ %1 depuis %2</translation>
    </message>
    <message>
        <source>Nothing is downloaded from the internet; the install can run offline.</source>
        <translation>Rien n’est téléchargé depuis Internet ; l’installation peut se faire hors ligne.</translation>
    </message>
    <message>
        <source>In all: about %1 from %2.</source>
        <translation>Au total : environ %1 depuis %2.</translation>
    </message>
</context>
<context>
    <name>ProcessExplainer</name>
    <message>
        <source>%1 was not found.</source>
        <translation>%1 est introuvable.</translation>
    </message>
    <message>
        <source>Install %1 or add its directory to PATH.</source>
        <translation>Installez %1 ou ajoutez son répertoire au PATH.</translation>
    </message>
    <message>
        <source>%1 could not be started.</source>
        <translation>%1 n’a pas pu être lancé.</translation>
    </message>
    <message>
        <source>Check that %1 is executable and not damaged.</source>
        <translation>Vérifiez que %1 est exécutable et n’est pas endommagé.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s and was stopped.</source>
        <translation>%1 n’a pas répondu en %2 s et a été arrêté.</translation>
    </message>
    <message>
        <source>The program hangs; for nvidia-smi this usually means the driver is stuck. Reboot, or reload the driver, and try again.</source>
        <translation>Le programme est bloqué ; pour nvidia-smi, cela signifie généralement que le pilote est bloqué. Redémarrez, ou rechargez le pilote, et réessayez.</translation>
    </message>
    <message>
        <source>%1 crashed.</source>
        <translation>%1 a planté.</translation>
    </message>
    <message>
        <source>%1 failed with exit code %2.</source>
        <translation>%1 a échoué avec le code de sortie %2.</translation>
    </message>
</context>
<context>
    <name>ProcessInstallDriver</name>
    <message>
        <source>No plan could be made for these choices.</source>
        <translation>Aucun plan n’a pu être établi pour ces choix.</translation>
    </message>
    <message>
        <source>A dlstack job is already running in %1; following it.</source>
        <translation>Une tâche dlstack est déjà en cours dans %1 ; elle est suivie.</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>Impossible de lancer %1 : %2</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>supprimer %1</translation>
    </message>
    <message>
        <source>restore %1 as it was before</source>
        <translation>restaurer %1 dans son état précédent</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>exécuter %1</translation>
    </message>
    <message>
        <source>Could not start %1.</source>
        <translation>Impossible de lancer %1.</translation>
    </message>
    <message>
        <source>The dlstack process ended without finishing (was it killed?). Start again to resume.</source>
        <translation>Le processus dlstack s’est terminé sans finir (a-t-il été tué ?). Relancez pour reprendre.</translation>
    </message>
</context>
<context>
    <name>ProfileBuilder</name>
    <message>
        <source>The probe failed: %1</source>
        <translation>La sonde a échoué : %1</translation>
    </message>
</context>
<context>
    <name>ProfileModel</name>
    <message>
        <source>Fact</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>PythonProbe</name>
    <message>
        <source>%1 did not report a version.</source>
        <translation>%1 n’a pas indiqué de version.</translation>
    </message>
</context>
<context>
    <name>PythonRule</name>
    <message>
        <source>No Python interpreter was found for a new venv.</source>
        <translation>Aucun interpréteur Python n’a été trouvé pour un nouveau venv.</translation>
    </message>
    <message>
        <source>Install python3 and python3-venv, or use a new conda environment.</source>
        <translation>Installez python3 et python3-venv, ou utilisez un nouvel environnement conda.</translation>
    </message>
    <message>
        <source>Create a new environment with Python %1 to %2</source>
        <translation>Créer un nouvel environnement avec Python %1 à %2</translation>
    </message>
    <message>
        <source>Use Python %1 to %2 (a new conda environment can install it)</source>
        <translation>Utiliser Python %1 à %2 (un nouvel environnement conda peut l’installer)</translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>, or pick torch %1, which supports Python %2.</source>
        <translation>, ou choisissez torch %1, qui prend en charge Python %2.</translation>
    </message>
    <message>
        <source>PyTorch %1 has Linux wheels for Python %2 to %3, not for %4.</source>
        <translation>PyTorch %1 a des wheels Linux pour Python %2 à %3, pas pour %4.</translation>
    </message>
    <message>
        <source>Python %1 support in PyTorch %2 is experimental.</source>
        <translation>La prise en charge de Python %1 dans PyTorch %2 est expérimentale.</translation>
    </message>
    <message>
        <source>Use Python %1 for a supported setup.</source>
        <translation>Utilisez Python %1 pour une configuration prise en charge.</translation>
    </message>
    <message>
        <source>Building PyTorch %1 from source needs Python %2 or newer; the environment has %3.</source>
        <translation>Compiler PyTorch %1 depuis les sources nécessite Python %2 ou plus récent ; l’environnement a %3.</translation>
    </message>
    <message>
        <source>Use Python %1 or newer.</source>
        <translation>Utilisez Python %1 ou plus récent.</translation>
    </message>
    <message>
        <source>Python %1 is not installed on this machine, and a venv needs it.</source>
        <translation>Python %1 n’est pas installé sur cette machine, et un venv en a besoin.</translation>
    </message>
    <message>
        <source>Use a new conda environment (it installs Python %1), or install python%1 and python%1-venv.</source>
        <translation>Utilisez un nouvel environnement conda (il installe Python %1), ou installez python%1 et python%1-venv.</translation>
    </message>
</context>
<context>
    <name>RawRecorder</name>
    <message>
        <source>Could not save the raw outputs to %1.</source>
        <translation>Impossible d’enregistrer les sorties brutes dans %1.</translation>
    </message>
    <message>
        <source>Choose a writable directory.</source>
        <translation>Choisissez un répertoire accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>RecommendCommand</name>
    <message>
        <source>Proposes PyTorch selections that work on this machine (or a saved or imported profile), best first, each with its reason.</source>
        <translation>Propose des sélections PyTorch qui fonctionnent sur cette machine (ou un profil enregistré ou importé), la meilleure en premier, chacune avec sa justification.</translation>
    </message>
    <message>
        <source>At most N proposals (default 5).</source>
        <translation>Au plus N propositions (5 par défaut).</translation>
    </message>
    <message>
        <source>Print the proposals as JSON.</source>
        <translation>Afficher les propositions en JSON.</translation>
    </message>
    <message>
        <source>recommend takes --limit N (a positive number) and no positional arguments.</source>
        <translation>recommend accepte --limit N (un nombre positif) et aucun argument positionnel.</translation>
    </message>
    <message>
        <source>`dlstack plan` without options plans the first one into %1.</source>
        <translation>`dlstack plan` sans option planifie la première dans %1.</translation>
    </message>
</context>
<context>
    <name>ReplayRunner</name>
    <message>
        <source>%1 is not a saved detection.</source>
        <translation>%1 n’est pas une détection enregistrée.</translation>
    </message>
    <message>
        <source>Pass the directory written by `dlstack detect --save-raw DIR`.</source>
        <translation>Indiquez le répertoire écrit par `dlstack detect --save-raw DIR`.</translation>
    </message>
</context>
<context>
    <name>ResourcesRule</name>
    <message>
        <source>This machine has %1 GiB of memory; building PyTorch needs about 3 GB per compile job and more to link, so the build will be slow or run out of memory.</source>
        <translation>Cette machine a %1 Gio de mémoire ; compiler PyTorch nécessite environ 3 Go par tâche de compilation et davantage pour l’édition de liens : la build sera lente ou manquera de mémoire.</translation>
    </message>
    <message>
        <source>Add swap, use MAX_JOBS=1, or use prebuilt wheels.</source>
        <translation>Ajoutez du swap, utilisez MAX_JOBS=1, ou utilisez des wheels précompilées.</translation>
    </message>
    <message>
        <source>MAX_JOBS=%1 needs about %2 GB of memory; this machine has %3 GiB, so compiler jobs would be killed (&quot;Killed signal terminated program cc1plus&quot;).</source>
        <translation>MAX_JOBS=%1 nécessite environ %2 Go de mémoire ; cette machine a %3 Gio, donc des tâches du compilateur seraient tuées (« Killed signal terminated program cc1plus »).</translation>
    </message>
    <message>
        <source>Use MAX_JOBS=%1.</source>
        <translation>Utilisez MAX_JOBS=%1.</translation>
    </message>
    <message>
        <source>MAX_JOBS=%1 fits %2 cores and %3 GiB of memory (about 3 GB per job).</source>
        <translation>MAX_JOBS=%1 convient à %2 cœurs et %3 Gio de mémoire (environ 3 Go par tâche).</translation>
    </message>
    <message>
        <source>the install location</source>
        <translation>l’emplacement d’installation</translation>
    </message>
    <message>
        <source>This install needs about %1 GB of free disk at %2; there are %3 GB.</source>
        <translation>Cette installation nécessite environ %1 Go d’espace disque libre à %2 ; il y en a %3 Go.</translation>
    </message>
    <message>
        <source>Free some space, or install to a larger disk (--prefix).</source>
        <translation>Libérez de l’espace, ou installez sur un disque plus grand (--prefix).</translation>
    </message>
    <message>
        <source>This install needs about %1 GB of free disk at %2; only %3 GB are free.</source>
        <translation>Cette installation nécessite environ %1 Go d’espace disque libre à %2 ; seulement %3 Go sont libres.</translation>
    </message>
    <message>
        <source>Free some space first; pip and build caches grow during the install.</source>
        <translation>Libérez d’abord de l’espace ; les caches de pip et de build grossissent pendant l’installation.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Export &amp;plan…</source>
        <translation>&amp;Exporter le plan…</translation>
    </message>
    <message>
        <source>Export ba&amp;sh script…</source>
        <translation>Exporter un script &amp;bash…</translation>
    </message>
    <message>
        <source>Export &amp;Dockerfile…</source>
        <translation>Exporter un &amp;Dockerfile…</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Check the summary. Nothing has been changed on this machine yet.</source>
        <translation>Vérifiez le récapitulatif. Rien n’a encore été modifié sur cette machine.</translation>
    </message>
    <message>
        <source>Summary of the install</source>
        <translation>Récapitulatif de l’installation</translation>
    </message>
    <message>
        <source>Export the plan as JSON</source>
        <translation>Exporter le plan en JSON</translation>
    </message>
    <message>
        <source>Export the plan as a bash script</source>
        <translation>Exporter le plan en script bash</translation>
    </message>
    <message>
        <source>Export the plan as a Dockerfile</source>
        <translation>Exporter le plan en Dockerfile</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Bloquant</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1 : %2 — %3</translation>
    </message>
    <message>
        <source>Apex is compiled from source even with prebuilt PyTorch wheels; it needs a CUDA toolkit matching CUDA %1.</source>
        <translation>Apex est compilé depuis les sources même avec des wheels PyTorch précompilées ; il nécessite un toolkit CUDA correspondant à CUDA %1.</translation>
    </message>
    <message>
        <source>Installing into an existing environment replaces its torch packages; a rollback restores them.</source>
        <translation>Installer dans un environnement existant remplace ses paquets torch ; une annulation les restaure.</translation>
    </message>
    <message>
        <source>Both an offline folder and a mirror are set; the offline folder is tried first.</source>
        <translation>Un dossier hors ligne et un miroir sont tous deux définis ; le dossier hors ligne est essayé en premier.</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>Pile</translation>
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
        <translation>CPU uniquement</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>build from source</source>
        <translation>compilation depuis les sources</translation>
    </message>
    <message>
        <source>prebuilt wheels</source>
        <translation>wheels précompilées</translation>
    </message>
    <message>
        <source>Package index</source>
        <translation>Index de paquets</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Install folder</source>
        <translation>Dossier d’installation</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>existing: %1</source>
        <translation>existant : %1</translation>
    </message>
    <message>
        <source>new conda environment %1</source>
        <translation>nouvel environnement conda %1</translation>
    </message>
    <message>
        <source>new venv %1</source>
        <translation>nouveau venv %1</translation>
    </message>
    <message>
        <source>Extras</source>
        <translation>Extras</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Arch list</source>
        <translation>Liste d’architectures</translation>
    </message>
    <message>
        <source>MAX_JOBS</source>
        <translation>MAX_JOBS</translation>
    </message>
    <message>
        <source>Compiler cache</source>
        <translation>Cache du compilateur</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Miroir</translation>
    </message>
    <message>
        <source>Offline folder</source>
        <translation>Dossier hors ligne</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>&amp;Installer</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>There is no plan to export for these choices.</source>
        <translation>Il n’y a pas de plan à exporter pour ces choix.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>Run these as root first (dlstack never does):</source>
        <translation>Exécutez d’abord ces commandes en root (dlstack ne le fait jamais) :</translation>
    </message>
    <message>
        <source>No plan could be made.</source>
        <translation>Aucun plan n’a pu être établi.</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>environ %n minute</numerusform>
            <numerusform>environ %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>environ %n heure</numerusform>
            <numerusform>environ %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>Time: %1 in all on this machine. A rough estimate from typical build work and MAX_JOBS; the Install page measures the real pace.</source>
        <translation>Durée : %1 au total sur cette machine. Une estimation grossière fondée sur le travail de compilation habituel et MAX_JOBS ; la page d’installation mesure le rythme réel.</translation>
    </message>
    <message>
        <source>The offline folder has no %1; the install will try to download it.</source>
        <translation>Le dossier hors ligne ne contient pas %1 ; l’installation tentera de le télécharger.</translation>
    </message>
    <message>
        <source>The version matrix is not loaded.</source>
        <translation>La matrice des versions n’est pas chargée.</translation>
    </message>
    <message>
        <source>Blocker: %1</source>
        <translation>Bloquant : %1</translation>
    </message>
    <message>
        <source>Blocker: %1 — %2</source>
        <translation>Bloquant : %1 — %2</translation>
    </message>
    <message>
        <source>No Dockerfile could be made.</source>
        <translation>Aucun Dockerfile n’a pu être créé.</translation>
    </message>
    <message>
        <source>Planning for %1. Nothing is installed here: export the plan, the script or the Dockerfile and run it on that machine.</source>
        <translation>Planification pour %1. Rien n’est installé ici : exportez le plan, le script ou le Dockerfile et exécutez-le sur cette machine-là.</translation>
    </message>
    <message>
        <source>An install of this plan has already started in %1; the Install page shows where it stands.</source>
        <translation>Une installation de ce plan a déjà commencé dans %1 ; la page d’installation montre où elle en est.</translation>
    </message>
    <message>
        <source>Planning for %1 — not this machine.</source>
        <translation>Planification pour %1 — pas cette machine.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>about %1 to download</source>
        <translation>environ %1 à télécharger</translation>
    </message>
    <message>
        <source>Downloads: about %1 in all, from %2; an internet connection is needed. Without one, fill an offline folder elsewhere with `dlstack bundle` and choose it on the Options page.</source>
        <translation>Téléchargements : environ %1 au total, depuis %2 ; une connexion Internet est nécessaire. Sans elle, remplissez ailleurs un dossier hors ligne avec `dlstack bundle` et choisissez-le sur la page Options.</translation>
    </message>
    <message>
        <source>Downloads: nothing from the internet; the offline folder holds everything.</source>
        <translation>Téléchargements : rien depuis Internet ; le dossier hors ligne contient tout.</translation>
    </message>
    <message>
        <source>Disk space needed in %1: about %2.</source>
        <translation>Espace disque nécessaire dans %1 : environ %2.</translation>
    </message>
</context>
<context>
    <name>RocmProbe</name>
    <message>
        <source>rocminfo did not answer within %1 seconds; the amdgpu driver may be hung.</source>
        <translation>rocminfo n’a pas répondu en %1 secondes ; le pilote amdgpu est peut-être bloqué.</translation>
    </message>
</context>
<context>
    <name>RocmRule</name>
    <message>
        <source>The gfx target of %1 is not known.</source>
        <translation>La cible gfx de %1 n’est pas connue.</translation>
    </message>
    <message>
        <source>Run rocminfo on that machine and import its output.</source>
        <translation>Lancez rocminfo sur cette machine et importez sa sortie.</translation>
    </message>
    <message>
        <source>The gfx targets of the torch %1 %2 wheels are not recorded; dlstack cannot confirm they include %3.</source>
        <translation>Les cibles gfx des wheels torch %1 %2 ne sont pas répertoriées ; dlstack ne peut pas confirmer qu’elles incluent %3.</translation>
    </message>
    <message>
        <source>Prefer a release whose targets are known (`dlstack recommend`).</source>
        <translation>Préférez une version dont les cibles sont connues (`dlstack recommend`).</translation>
    </message>
    <message>
        <source>The torch %1 %2 wheels have no kernels for %3 (%4).</source>
        <translation>Les wheels torch %1 %2 n’ont pas de noyaux pour %3 (%4).</translation>
    </message>
    <message>
        <source>Build from source with PYTORCH_ROCM_ARCH=%1.</source>
        <translation>Compilez depuis les sources avec PYTORCH_ROCM_ARCH=%1.</translation>
    </message>
    <message>
        <source>Pick %1, or build from source with PYTORCH_ROCM_ARCH=%2.</source>
        <translation>Choisissez %1, ou compilez depuis les sources avec PYTORCH_ROCM_ARCH=%2.</translation>
    </message>
    <message>
        <source>ROCm %1 does not officially support %2 (%3); it may work, but AMD does not test it.</source>
        <translation>ROCm %1 ne prend pas officiellement en charge %2 (%3) ; cela peut fonctionner, mais AMD ne le teste pas.</translation>
    </message>
    <message>
        <source>Expect problems; some consumer cards need HSA_OVERRIDE_GFX_VERSION set to a supported target of the same family.</source>
        <translation>Attendez-vous à des problèmes ; certaines cartes grand public nécessitent HSA_OVERRIDE_GFX_VERSION réglé sur une cible prise en charge de la même famille.</translation>
    </message>
    <message>
        <source>ROCm %1 is installed; the build asks for ROCm %2.</source>
        <translation>ROCm %1 est installé ; la build demande ROCm %2.</translation>
    </message>
    <message>
        <source>Build against the installed ROCm, or install ROCm %1 beside it.</source>
        <translation>Compilez avec le ROCm installé, ou installez ROCm %1 à côté.</translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>%1, rule %2</source>
        <translation>%1, règle %2</translation>
    </message>
    <message>
        <source>it ends with a backslash</source>
        <translation>il se termine par une barre oblique inverse</translation>
    </message>
    <message>
        <source>\x{ is not closed</source>
        <translation>\x{ n’est pas fermé</translation>
    </message>
    <message>
        <source>a character class is not closed</source>
        <translation>une classe de caractères n’est pas fermée</translation>
    </message>
    <message>
        <source>the option (?x) is not supported in diagnosis patterns</source>
        <translation>l’option (?x) n’est pas prise en charge dans les motifs de diagnostic</translation>
    </message>
</context>
<context>
    <name>SafeExtractor</name>
    <message>
        <source>The archive %1 contains an unsafe member and was not extracted.</source>
        <translation>L’archive %1 contient un membre dangereux et n’a pas été extraite.</translation>
    </message>
    <message>
        <source>Get the archive from a trusted source; dlstack never writes outside the target directory.</source>
        <translation>Obtenez l’archive d’une source de confiance ; dlstack n’écrit jamais en dehors du répertoire cible.</translation>
    </message>
    <message>
        <source>The archive %1 is damaged.</source>
        <translation>L’archive %1 est endommagée.</translation>
    </message>
    <message>
        <source>Download it again; the file may be truncated.</source>
        <translation>Téléchargez-la à nouveau ; le fichier est peut-être tronqué.</translation>
    </message>
    <message>
        <source>The disk is full: free space there and run the install again.</source>
        <translation>Le disque est plein : libérez de la place et relancez l’installation.</translation>
    </message>
    <message>
        <source>Check that the prefix is writable by this user.</source>
        <translation>Vérifiez que cet utilisateur peut écrire dans le préfixe.</translation>
    </message>
    <message>
        <source>The details say what the file system answered.</source>
        <translation>Les détails donnent la réponse du système de fichiers.</translation>
    </message>
    <message>
        <source>Could not write %1 from the archive %2.</source>
        <translation>Impossible d’écrire %1 depuis l’archive %2.</translation>
    </message>
    <message>
        <source>The archive %1 was not extracted: it unpacks to more than %2.</source>
        <translation>L’archive %1 n’a pas été extraite : elle se décompresse en plus de %2.</translation>
    </message>
    <message>
        <source>Stopped at %1. An archive this large is most likely a decompression bomb.</source>
        <translation>Arrêté à %1. Une archive aussi grande est très probablement une bombe de décompression.</translation>
    </message>
    <message>
        <source>If you trust the archive, raise &quot;%1&quot; on this extract step in the plan (now %2; see docs/plan-format.md).</source>
        <translation>Si vous faites confiance à l’archive, augmentez « %1 » dans ce pas d’extraction du plan (actuellement %2 ; voir docs/plan-format.md).</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 entrées</translation>
    </message>
    <message>
        <source>%1 times its own size (%2)</source>
        <translation>%1 fois sa propre taille (%2)</translation>
    </message>
    <message>
        <source>Could not open the archive %1.</source>
        <translation>Impossible d’ouvrir l’archive %1.</translation>
    </message>
    <message>
        <source>Check that the file is complete and is a tar or zip archive.</source>
        <translation>Vérifiez que le fichier est complet et qu’il s’agit d’une archive tar ou zip.</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>Check that the prefix is writable.</source>
        <translation>Vérifiez que le préfixe est accessible en écriture.</translation>
    </message>
    <message>
        <source>Extraction was cancelled.</source>
        <translation>L’extraction a été annulée.</translation>
    </message>
    <message>
        <source>Could not finish extracting into %1.</source>
        <translation>Impossible de terminer l’extraction dans %1.</translation>
    </message>
    <message>
        <source>Check free disk space and permissions.</source>
        <translation>Vérifiez l’espace disque libre et les permissions.</translation>
    </message>
    <message>
        <source>absolute path</source>
        <translation>chemin absolu</translation>
    </message>
    <message>
        <source>path with &quot;..&quot;</source>
        <translation>chemin contenant &quot;..&quot;</translation>
    </message>
    <message>
        <source>control character in the name</source>
        <translation>caractère de contrôle dans le nom</translation>
    </message>
    <message>
        <source>device node or FIFO</source>
        <translation>nœud de périphérique ou FIFO</translation>
    </message>
    <message>
        <source>written through a symbolic link</source>
        <translation>écrit via un lien symbolique</translation>
    </message>
    <message>
        <source>symbolic link pointing outside: %1</source>
        <translation>lien symbolique pointant vers l’extérieur : %1</translation>
    </message>
    <message>
        <source>hard link pointing outside: %1</source>
        <translation>lien physique pointant vers l’extérieur : %1</translation>
    </message>
    <message>
        <source>hard link to a stripped member</source>
        <translation>lien physique vers un membre retiré</translation>
    </message>
    <message>
        <source>symbolic link pointing outside once all is unpacked: %1</source>
        <translation>lien symbolique pointant vers l’extérieur une fois tout décompressé : %1</translation>
    </message>
</context>
<context>
    <name>SbatchExporter</name>
    <message>
        <source>The plan holds a URL with a user name, password or query; a batch script would carry it into Slurm&apos;s spool directory and the job&apos;s log.</source>
        <translation>Le plan contient une URL avec un nom d’utilisateur, un mot de passe ou une chaîne de requête ; un script batch la porterait dans le répertoire spool de Slurm et dans le journal de la tâche.</translation>
    </message>
    <message>
        <source>Keep the credential in the secret store (a download step&apos;s &quot;credential&quot;) or use the bash export, which reads such URLs from the environment.</source>
        <translation>Gardez les identifiants dans le trousseau (le « credential » d’un pas de téléchargement) ou utilisez l’export bash, qui lit ces URL depuis l’environnement.</translation>
    </message>
    <message>
        <source>%1 is not a Slurm partition name.</source>
        <translation>%1 n’est pas un nom de partition Slurm.</translation>
    </message>
    <message>
        <source>Partition names hold only letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos; (sinfo lists them).</source>
        <translation>Les noms de partition ne contiennent que des lettres, des chiffres, &apos;.&apos;, &apos;-&apos; et &apos;_&apos; (sinfo les liste).</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>&quot;%1&quot; is not a distcc host list.</source>
        <translation>&quot;%1&quot; n’est pas une liste d’hôtes distcc.</translation>
    </message>
    <message>
        <source>Write it like DISTCC_HOSTS: &quot;10.0.0.5/16 10.0.0.6:3632/8&quot;.</source>
        <translation>Écrivez-la comme DISTCC_HOSTS : &quot;10.0.0.5/16 10.0.0.6:3632/8&quot;.</translation>
    </message>
</context>
<context>
    <name>SelectionOptions</name>
    <message>
        <source>Use the machine of this profile (written by `dlstack detect --json`).</source>
        <translation>Utiliser la machine de ce profil (écrit par `dlstack detect --json`).</translation>
    </message>
    <message>
        <source>Build the profile from pasted tool output (repeatable).</source>
        <translation>Construire le profil à partir de sorties d’outils collées (répétable).</translation>
    </message>
    <message>
        <source>Use either --profile or --import, not both.</source>
        <translation>Utilisez soit --profile, soit --import, pas les deux.</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>%1: not a format dlstack knows (see `dlstack import --help`).</source>
        <translation>%1 : format inconnu de dlstack (voir `dlstack import --help`).</translation>
    </message>
    <message>
        <source>PyTorch version (required; see `dlstack matrix`).</source>
        <translation>Version de PyTorch (obligatoire ; voir `dlstack matrix`).</translation>
    </message>
    <message>
        <source>CUDA version of the build, e.g. 12.4.</source>
        <translation>Version de CUDA de la build, p. ex. 12.4.</translation>
    </message>
    <message>
        <source>ROCm version of the build, e.g. 6.1.</source>
        <translation>Version de ROCm de la build, p. ex. 6.1.</translation>
    </message>
    <message>
        <source>A CPU-only build.</source>
        <translation>Une build CPU uniquement.</translation>
    </message>
    <message>
        <source>Python version of the environment, e.g. 3.11.</source>
        <translation>Version de Python de l’environnement, p. ex. 3.11.</translation>
    </message>
    <message>
        <source>prebuilt (wheels, the default) or source.</source>
        <translation>prebuilt (wheels, par défaut) ou source.</translation>
    </message>
    <message>
        <source>new-venv (default), new-conda or the path of an existing environment.</source>
        <translation>new-venv (par défaut), new-conda ou le chemin d’un environnement existant.</translation>
    </message>
    <message>
        <source>TORCH_CUDA_ARCH_LIST / PYTORCH_ROCM_ARCH instead of the detected GPUs.</source>
        <translation>TORCH_CUDA_ARCH_LIST / PYTORCH_ROCM_ARCH au lieu des GPU détectés.</translation>
    </message>
    <message>
        <source>Parallel compile jobs.</source>
        <translation>Tâches de compilation parallèles.</translation>
    </message>
    <message>
        <source>ccache, sccache or distcc.</source>
        <translation>ccache, sccache ou distcc.</translation>
    </message>
    <message>
        <source>Where a missing CUDA toolkit comes from: runfile or conda (default: conda in a conda environment on CUDA 12 and newer).</source>
        <translation>D’où vient un toolkit CUDA manquant : runfile ou conda (par défaut : conda dans un environnement conda à partir de CUDA 12).</translation>
    </message>
    <message>
        <source>DISTCC_HOSTS for --launcher distcc (&quot;10.0.0.5/16 10.0.0.6/16&quot;).</source>
        <translation>DISTCC_HOSTS pour --launcher distcc (&quot;10.0.0.5/16 10.0.0.6/16&quot;).</translation>
    </message>
    <message>
        <source>--cuda, --rocm and --cpu contradict each other.</source>
        <translation>--cuda, --rocm et --cpu se contredisent.</translation>
    </message>
    <message>
        <source>Give exactly one of them.</source>
        <translation>N’en indiquez qu’un seul.</translation>
    </message>
    <message>
        <source>No PyTorch version was named.</source>
        <translation>Aucune version de PyTorch n’a été indiquée.</translation>
    </message>
    <message>
        <source>Name one with --torch (see `dlstack matrix`).</source>
        <translation>Indiquez-en une avec --torch (voir `dlstack matrix`).</translation>
    </message>
    <message>
        <source>No backend given: the default %1 wheels of torch %2.</source>
        <translation>Aucun backend indiqué : les wheels %1 par défaut de torch %2.</translation>
    </message>
    <message>
        <source>Unknown --route %1.</source>
        <translation>--route %1 inconnu.</translation>
    </message>
    <message>
        <source>Use prebuilt or source.</source>
        <translation>Utilisez prebuilt ou source.</translation>
    </message>
    <message>
        <source>--max-jobs needs a positive number, not &quot;%1&quot;.</source>
        <translation>--max-jobs attend un nombre positif, pas « %1 ».</translation>
    </message>
    <message>
        <source>Unknown --launcher %1.</source>
        <translation>--launcher %1 inconnu.</translation>
    </message>
    <message>
        <source>Use ccache, sccache or distcc.</source>
        <translation>Utilisez ccache, sccache ou distcc.</translation>
    </message>
    <message>
        <source>Unknown --toolkit-from %1.</source>
        <translation>--toolkit-from %1 inconnu.</translation>
    </message>
    <message>
        <source>Use runfile or conda.</source>
        <translation>Utilisez runfile ou conda.</translation>
    </message>
    <message>
        <source>Added to torchvision and torchaudio (installed by default): apex, opencv (wheel), opencv-cuda (built with CUDA), or torchvision==V / torchaudio==V; comma separated.</source>
        <translation>En plus de torchvision et torchaudio (installés par défaut) : apex, opencv (wheel), opencv-cuda (compilé avec CUDA), ou torchvision==V / torchaudio==V ; séparés par des virgules.</translation>
    </message>
    <message>
        <source>torch alone, without the torchvision and torchaudio paired with it (installed by default).</source>
        <translation>torch seul, sans les torchvision et torchaudio qui l’accompagnent (installés par défaut).</translation>
    </message>
    <message>
        <source>Read the whole selection from this file (selection.json of an Ansible export) instead of the options above.</source>
        <translation>Lire toute la sélection depuis ce fichier (selection.json d’un export Ansible) au lieu des options ci-dessus.</translation>
    </message>
    <message>
        <source>--selection and --%1 contradict each other.</source>
        <translation>--selection et --%1 se contredisent.</translation>
    </message>
    <message>
        <source>Name the selection either in a file or with options.</source>
        <translation>Indiquez la sélection soit dans un fichier, soit par des options.</translation>
    </message>
    <message>
        <source>%1 is not a selection: %2</source>
        <translation>%1 n’est pas une sélection : %2</translation>
    </message>
    <message>
        <source>Use the selection.json that `dlstack plan --format ansible` wrote.</source>
        <translation>Utilisez le selection.json écrit par `dlstack plan --format ansible`.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>dlstack settings</source>
        <translation>Paramètres de dlstack</translation>
    </message>
    <message>
        <source>Package index mirror</source>
        <translation>Miroir de l’index de paquets</translation>
    </message>
    <message>
        <source>Private package index</source>
        <translation>Index de paquets privé</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>NVIDIA developer account e-mail</source>
        <translation>E-mail du compte développeur NVIDIA</translation>
    </message>
    <message>
        <source>e.g. https://mirror.example.org/pypi/simple</source>
        <translation>p. ex. https://mirror.example.org/pypi/simple</translation>
    </message>
    <message>
        <source>e.g. https://pypi.example.org/simple</source>
        <translation>p. ex. https://pypi.example.org/simple</translation>
    </message>
    <message>
        <source>e.g. http://proxy.example.org:3128</source>
        <translation>p. ex. http://proxy.example.org:3128</translation>
    </message>
    <message>
        <source>Keyring status</source>
        <translation>État du trousseau</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>&amp;Mirror:</source>
        <translation>&amp;Miroir :</translation>
    </message>
    <message>
        <source>Private &amp;index:</source>
        <translation>&amp;Index privé :</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy :</translation>
    </message>
    <message>
        <source>Tokens (kept in the system keyring)</source>
        <translation>Jetons (conservés dans le trousseau du système)</translation>
    </message>
    <message>
        <source>NVIDIA account &amp;e-mail:</source>
        <translation>&amp;E-mail du compte NVIDIA :</translation>
    </message>
    <message>
        <source>Private index &amp;token:</source>
        <translation>&amp;Jeton de l’index privé :</translation>
    </message>
    <message>
        <source>NVIDIA account pass&amp;word:</source>
        <translation>Mot de pa&amp;sse du compte NVIDIA :</translation>
    </message>
    <message>
        <source>&amp;GitHub token:</source>
        <translation>Jeton &amp;GitHub :</translation>
    </message>
    <message>
        <source>Private index token</source>
        <translation>Jeton de l’index privé</translation>
    </message>
    <message>
        <source>NVIDIA developer account password</source>
        <translation>Mot de passe du compte développeur NVIDIA</translation>
    </message>
    <message>
        <source>GitHub token</source>
        <translation>Jeton GitHub</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <source>Forget the %1</source>
        <translation>Oublier : %1</translation>
    </message>
    <message>
        <source>stored in the keyring; leave empty to keep</source>
        <translation>enregistré dans le trousseau ; laissez vide pour le conserver</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Tokens are stored in the system keyring, never in settings files or logs.</source>
        <translation>Les jetons sont enregistrés dans le trousseau du système, jamais dans des fichiers de paramètres ni dans les journaux.</translation>
    </message>
    <message>
        <source>No system keyring is available, so tokens cannot be saved: %1</source>
        <translation>Aucun trousseau système n’est disponible, les jetons ne peuvent donc pas être enregistrés : %1</translation>
    </message>
    <message>
        <source>The token was not saved. %1 %2</source>
        <translation>Le jeton n’a pas été enregistré. %1 %2</translation>
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
        <translation>CPU &amp;uniquement</translation>
    </message>
    <message>
        <source>Prebuilt &amp;wheels (minutes)</source>
        <translation>&amp;Wheels précompilées (minutes)</translation>
    </message>
    <message>
        <source>Build from &amp;source (hours)</source>
        <translation>Compiler depuis les s&amp;ources (heures)</translation>
    </message>
    <message>
        <source>Use the r&amp;ecommended stack</source>
        <translation>Utiliser la pile r&amp;ecommandée</translation>
    </message>
    <message>
        <source>Choose a stack</source>
        <translation>Choisir une pile</translation>
    </message>
    <message>
        <source>Only combinations from the tested matrix are offered. Greyed-out entries say why they cannot work on this machine.</source>
        <translation>Seules les combinaisons de la matrice testée sont proposées. Les entrées grisées indiquent pourquoi elles ne peuvent pas fonctionner sur cette machine.</translation>
    </message>
    <message>
        <source>PyTorch version</source>
        <translation>Version de PyTorch</translation>
    </message>
    <message>
        <source>Backend version</source>
        <translation>Version du backend</translation>
    </message>
    <message>
        <source>Python version</source>
        <translation>Version de Python</translation>
    </message>
    <message>
        <source>CUDA backend</source>
        <translation>Backend CUDA</translation>
    </message>
    <message>
        <source>ROCm backend</source>
        <translation>Backend ROCm</translation>
    </message>
    <message>
        <source>CPU-only backend</source>
        <translation>Backend CPU uniquement</translation>
    </message>
    <message>
        <source>Install prebuilt wheels</source>
        <translation>Installer des wheels précompilées</translation>
    </message>
    <message>
        <source>Build PyTorch from source</source>
        <translation>Compiler PyTorch depuis les sources</translation>
    </message>
    <message>
        <source>Use the recommended stack</source>
        <translation>Utiliser la pile recommandée</translation>
    </message>
    <message>
        <source>Verdict on the chosen stack</source>
        <translation>Verdict sur la pile choisie</translation>
    </message>
    <message>
        <source>Py&amp;Torch:</source>
        <translation>Py&amp;Torch :</translation>
    </message>
    <message>
        <source>Backend:</source>
        <translation>Backend :</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version :</translation>
    </message>
    <message>
        <source>P&amp;ython:</source>
        <translation>P&amp;ython :</translation>
    </message>
    <message>
        <source>Route:</source>
        <translation>Méthode :</translation>
    </message>
    <message>
        <source>No stack in the tested matrix fits this machine.</source>
        <translation>Aucune pile de la matrice testée ne convient à cette machine.</translation>
    </message>
    <message>
        <source>PyTorch %1 has no %2 wheels.</source>
        <translation>PyTorch %1 n’a pas de wheels %2.</translation>
    </message>
    <message>
        <source> (PyPI default)</source>
        <translation> (par défaut sur PyPI)</translation>
    </message>
    <message>
        <source>%1 — not possible here: %2</source>
        <translation>%1 — impossible ici : %2</translation>
    </message>
    <message>
        <source>This stack is tested and fits this machine.</source>
        <translation>Cette pile est testée et convient à cette machine.</translation>
    </message>
    <message>
        <source>Pick a version that is not greyed out.</source>
        <translation>Choisissez une version qui n’est pas grisée.</translation>
    </message>
    <message>
        <source>Planning for %1. Only combinations from the tested matrix are offered. Greyed-out entries say why they cannot work on that machine.</source>
        <translation>Planification pour %1. Seules les combinaisons de la matrice testée sont proposées. Les entrées grisées indiquent pourquoi elles ne peuvent pas fonctionner sur cette machine-là.</translation>
    </message>
    <message>
        <source>Recommended: %1. %2</source>
        <translation>Recommandé : %1. %2</translation>
    </message>
    <message>
        <source>This stack is tested and fits that machine.</source>
        <translation>Cette pile est testée et convient à cette machine-là.</translation>
    </message>
    <message>
        <source>Why some backends cannot be chosen</source>
        <translation>Pourquoi certains backends ne peuvent pas être choisis</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>StepSidebar</name>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>current</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3, %4</source>
        <translation>Étape %1 sur %2 : %3, %4</translation>
    </message>
</context>
<context>
    <name>SystemPage</name>
    <message>
        <source>&amp;Rescan</source>
        <translation>&amp;Réanalyser</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Save support bundle…</source>
        <translation>Enregistrer un &amp;dossier d’assistance…</translation>
    </message>
    <message>
        <source>Your system</source>
        <translation>Votre système</translation>
    </message>
    <message>
        <source>Green is ready, amber needs a look, red blocks a GPU install. Each line says why.</source>
        <translation>Vert : prêt ; orange : à examiner ; rouge : bloque une installation GPU. Chaque ligne indique pourquoi.</translation>
    </message>
    <message>
        <source>Detected facts</source>
        <translation>Éléments détectés</translation>
    </message>
    <message>
        <source>Detection status</source>
        <translation>État de la détection</translation>
    </message>
    <message>
        <source>Rescan this machine</source>
        <translation>Réanalyser cette machine</translation>
    </message>
    <message>
        <source>Import another machine&apos;s nvidia-smi or collect_env output</source>
        <translation>Importer la sortie nvidia-smi ou collect_env d’une autre machine</translation>
    </message>
    <message>
        <source>Save a support bundle</source>
        <translation>Enregistrer un dossier d’assistance</translation>
    </message>
    <message>
        <source>Detect this machine again.</source>
        <translation>Détecter à nouveau cette machine.</translation>
    </message>
    <message>
        <source>Check someone else&apos;s machine from the text of nvidia-smi, python -m torch.utils.collect_env, nvcc --version, conda info …</source>
        <translation>Vérifier la machine de quelqu’un d’autre à partir du texte de nvidia-smi, python -m torch.utils.collect_env, nvcc --version, conda info …</translation>
    </message>
    <message>
        <source>Save the profile and the raw command outputs to a folder you can send to someone who helps you.</source>
        <translation>Enregistrer le profil et les sorties brutes des commandes dans un dossier que vous pouvez envoyer à la personne qui vous aide.</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>détecté</translation>
    </message>
    <message>
        <source>Detecting… this takes a few seconds.</source>
        <translation>Détection… cela prend quelques secondes.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n GPU(s), %2 CUDA toolkit(s), %3 Python environment(s).</source>
        <translation>
            <numerusform>%1 : %n GPU, %2 toolkit(s) CUDA, %3 environnement(s) Python.</numerusform>
            <numerusform>%1 : %n GPU, %2 toolkit(s) CUDA, %3 environnement(s) Python.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the texts was recognised. dlstack reads nvidia-smi, nvidia-smi -q, python -m torch.utils.collect_env, nvcc --version, rocminfo and conda info output.</source>
        <translation>Aucun des textes n’a été reconnu. dlstack lit la sortie de nvidia-smi, nvidia-smi -q, python -m torch.utils.collect_env, nvcc --version, rocminfo et conda info.</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>importé depuis %1</translation>
    </message>
    <message>
        <source>Imported %1; not recognised: %2.</source>
        <translation>%1 importé ; non reconnu : %2.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importé.</translation>
    </message>
    <message>
        <source>Import another machine&apos;s output</source>
        <translation>Importer la sortie d’une autre machine</translation>
    </message>
    <message>
        <source>&amp;Paste the output of nvidia-smi, python -m torch.utils.collect_env, nvcc --version or conda info here, or open files:</source>
        <translation>&amp;Collez ici la sortie de nvidia-smi, python -m torch.utils.collect_env, nvcc --version ou conda info, ou ouvrez des fichiers :</translation>
    </message>
    <message>
        <source>Pasted output</source>
        <translation>Sortie collée</translation>
    </message>
    <message>
        <source>&amp;Open files…</source>
        <translation>&amp;Ouvrir des fichiers…</translation>
    </message>
    <message>
        <source>Open command outputs</source>
        <translation>Ouvrir des sorties de commandes</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texte collé</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Folder for the support bundle</source>
        <translation>Dossier du dossier d’assistance</translation>
    </message>
    <message>
        <source>Support bundle saved to %1.</source>
        <translation>Dossier d’assistance enregistré dans %1.</translation>
    </message>
    <message>
        <source>Support bundle not saved</source>
        <translation>Dossier d’assistance non enregistré</translation>
    </message>
    <message>
        <source>Planning for %1</source>
        <translation>Planification pour %1</translation>
    </message>
    <message>
        <source>These facts come from another machine&apos;s output. dlstack plans and exports for that machine and installs nothing here.</source>
        <translation>Ces informations proviennent de la sortie d’une autre machine. dlstack planifie et exporte pour cette machine-là et n’installe rien ici.</translation>
    </message>
</context>
<context>
    <name>SystemProfile</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>%1: not a profile written by `dlstack detect --json` (%2 at byte %3).</source>
        <translation>%1 : ce n’est pas un profil écrit par `dlstack detect --json` (%2 à l’octet %3).</translation>
    </message>
    <message>
        <source>This is not a dlstack profile.</source>
        <translation>Ce n’est pas un profil dlstack.</translation>
    </message>
    <message>
        <source>The field &quot;schema&quot; is missing.</source>
        <translation>Le champ &quot;schema&quot; est manquant.</translation>
    </message>
    <message>
        <source>Create a profile with `dlstack detect --json`.</source>
        <translation>Créez un profil avec `dlstack detect --json`.</translation>
    </message>
    <message>
        <source>The profile uses schema %1; this dlstack reads schema %2.</source>
        <translation>Le profil utilise le schéma %1 ; ce dlstack lit le schéma %2.</translation>
    </message>
    <message>
        <source>Update dlstack, or detect the profile again with this version.</source>
        <translation>Mettez dlstack à jour, ou détectez à nouveau le profil avec cette version.</translation>
    </message>
</context>
<context>
    <name>ToolProbe</name>
    <message>
        <source>%1 did not report a version.</source>
        <translation>%1 n’a pas indiqué de version.</translation>
    </message>
</context>
<context>
    <name>TorchInstall</name>
    <message>
        <source>Could not read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>%1 is not a text file; it was ignored.</source>
        <translation>%1 n’est pas un fichier texte ; il a été ignoré.</translation>
    </message>
    <message>
        <source>%1 points at %2, which does not exist; torch there cannot be imported.</source>
        <translation>%1 pointe vers %2, qui n’existe pas ; torch ne peut pas y être importé.</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>Check that the prefix is writable.</source>
        <translation>Vérifiez que le préfixe est accessible en écriture.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>The install was cancelled.</source>
        <translation>L’installation a été annulée.</translation>
    </message>
    <message>
        <source>Run the install again to continue where it stopped.</source>
        <translation>Relancez l’installation pour reprendre là où elle s’est arrêtée.</translation>
    </message>
    <message>
        <source>There is no install journal in %1.</source>
        <translation>Il n’y a pas de journal d’installation dans %1.</translation>
    </message>
    <message>
        <source>Check the prefix; only what dlstack installed can be rolled back.</source>
        <translation>Vérifiez le préfixe ; seul ce que dlstack a installé peut être annulé.</translation>
    </message>
    <message>
        <source>The journal has no stage &quot;%1&quot;.</source>
        <translation>Le journal n’a pas d’étape « %1 ».</translation>
    </message>
    <message>
        <source>Run `dlstack status --prefix %1` to see the stages.</source>
        <translation>Lancez `dlstack status --prefix %1` pour voir les étapes.</translation>
    </message>
    <message>
        <source>Could not write the install journal %1.</source>
        <translation>Impossible d’écrire le journal d’installation %1.</translation>
    </message>
    <message>
        <source>Check that the install prefix is writable and the disk is not full.</source>
        <translation>Vérifiez que le préfixe d’installation est accessible en écriture et que le disque n’est pas plein.</translation>
    </message>
    <message>
        <source>The journal is not open.</source>
        <translation>Le journal n’est pas ouvert.</translation>
    </message>
    <message>
        <source>Could not read the install journal %1.</source>
        <translation>Impossible de lire le journal d’installation %1.</translation>
    </message>
    <message>
        <source>Check the permissions of the install prefix.</source>
        <translation>Vérifiez les permissions du préfixe d’installation.</translation>
    </message>
    <message>
        <source>Could not move %1 aside before replacing it.</source>
        <translation>Impossible de mettre %1 de côté avant de le remplacer.</translation>
    </message>
    <message>
        <source>Check the prefix&apos;s permissions.</source>
        <translation>Vérifiez les permissions du préfixe.</translation>
    </message>
    <message>
        <source>%1 is already there with the right checksum.</source>
        <translation>%1 est déjà présent avec la bonne somme de contrôle.</translation>
    </message>
    <message>
        <source>The download needs the secret &quot;%1&quot; but no keyring is available.</source>
        <translation>Le téléchargement nécessite le secret « %1 », mais aucun trousseau n’est disponible.</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>Téléchargement de %1</translation>
    </message>
    <message>
        <source>Could not move the download to %1.</source>
        <translation>Impossible de déplacer le téléchargement vers %1.</translation>
    </message>
    <message>
        <source>The archive %1 does not exist.</source>
        <translation>L’archive %1 n’existe pas.</translation>
    </message>
    <message>
        <source>A download step before this one should fetch it; check the plan.</source>
        <translation>Un pas de téléchargement précédent devrait la récupérer ; vérifiez le plan.</translation>
    </message>
    <message>
        <source>Could not move the extracted files to %1.</source>
        <translation>Impossible de déplacer les fichiers extraits vers %1.</translation>
    </message>
    <message>
        <source>Cancelled while running git.</source>
        <translation>Annulé pendant l’exécution de git.</translation>
    </message>
    <message>
        <source>Run the install again to continue.</source>
        <translation>Relancez l’installation pour continuer.</translation>
    </message>
    <message>
        <source>Could not move the clone to %1.</source>
        <translation>Impossible de déplacer le clone vers %1.</translation>
    </message>
    <message>
        <source>%1 is already a repository; fetching.</source>
        <translation>%1 est déjà un dépôt ; récupération (fetch).</translation>
    </message>
    <message>
        <source>The working directory %1 does not exist.</source>
        <translation>Le répertoire de travail %1 n’existe pas.</translation>
    </message>
    <message>
        <source>An earlier step should create it; check the plan&apos;s order.</source>
        <translation>Un pas précédent devrait le créer ; vérifiez l’ordre du plan.</translation>
    </message>
    <message>
        <source>Cancelled while running %1.</source>
        <translation>Annulé pendant l’exécution de %1.</translation>
    </message>
    <message>
        <source>Check that the prefix is writable and the disk is not full.</source>
        <translation>Vérifiez que le préfixe est accessible en écriture et que le disque n’est pas plein.</translation>
    </message>
    <message>
        <source>the directory could not be created</source>
        <translation>le répertoire n’a pas pu être créé</translation>
    </message>
    <message>
        <source>Left %1 in place: it is outside the prefix and the cache.</source>
        <translation>%1 laissé en place : il est en dehors du préfixe et du cache.</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>Check its permissions, then run the rollback again.</source>
        <translation>Vérifiez ses permissions, puis relancez l’annulation.</translation>
    </message>
    <message>
        <source>Running undo command: %1</source>
        <translation>Exécution de la commande d’annulation : %1</translation>
    </message>
    <message>
        <source>The undo command did not succeed (exit %1); continuing.</source>
        <translation>La commande d’annulation a échoué (code %1) ; on continue.</translation>
    </message>
    <message>
        <source>The journal names a backup outside the prefix: %1.</source>
        <translation>Le journal désigne une sauvegarde en dehors du préfixe : %1.</translation>
    </message>
    <message>
        <source>The journal may have been edited; restore the file by hand.</source>
        <translation>Le journal a peut-être été modifié ; restaurez le fichier à la main.</translation>
    </message>
    <message>
        <source>Could not restore %1 from its backup.</source>
        <translation>Impossible de restaurer %1 depuis sa sauvegarde.</translation>
    </message>
    <message>
        <source>The backup is still at %1.</source>
        <translation>La sauvegarde se trouve toujours dans %1.</translation>
    </message>
    <message>
        <source>Check that the file exists, that you may read it and that the disk is not full.</source>
        <translation>Vérifiez que le fichier existe, que vous pouvez le lire et que le disque n’est pas plein.</translation>
    </message>
    <message>
        <source>The build log %1 could not be created.</source>
        <translation>Le journal de build %1 n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>The log %1 could not be opened.</source>
        <translation>Le journal %1 n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>Open a log file; a directory, pipe or device cannot be indexed. Save the output to a file first.</source>
        <translation>Ouvrez un fichier journal ; un répertoire, un tube ou un périphérique ne peut pas être indexé. Enregistrez d’abord la sortie dans un fichier.</translation>
    </message>
    <message>
        <source>The log %1 could not be read.</source>
        <translation>Le journal %1 n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The log %1 is read-only.</source>
        <translation>Le journal %1 est en lecture seule.</translation>
    </message>
    <message>
        <source>The build log %1 could not be written.</source>
        <translation>Le journal de build %1 n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1 is truncated or damaged: %2. The lines before the damage were read.</source>
        <translation>%1 est tronqué ou endommagé : %2. Les lignes précédant le dommage ont été lues.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>Free some disk space in the temporary folder.</source>
        <translation>Libérez de l’espace disque dans le dossier temporaire.</translation>
    </message>
    <message>
        <source>The regular expression is not valid: %1 (at character %2).</source>
        <translation>L’expression régulière n’est pas valide : %1 (au caractère %2).</translation>
    </message>
    <message>
        <source>Escape special characters such as ( [ . * with a backslash.</source>
        <translation>Échappez les caractères spéciaux tels que ( [ . * avec une barre oblique inverse.</translation>
    </message>
    <message>
        <source>The log folder %1 could not be created.</source>
        <translation>Le dossier de journaux %1 n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>Check the permissions of the install prefix and the free disk space.</source>
        <translation>Vérifiez les permissions du préfixe d’installation et l’espace disque libre.</translation>
    </message>
    <message>
        <source>There is no stage %1 in this log.</source>
        <translation>Il n’y a pas d’étape %1 dans ce journal.</translation>
    </message>
    <message>
        <source>The log folder %1 does not exist.</source>
        <translation>Le dossier de journaux %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The diagnosis rules in %1 are malformed: %2</source>
        <translation>Les règles de diagnostic dans %1 sont mal formées : %2</translation>
    </message>
    <message>
        <source>Fix the rule file as described in docs/diagnosis-rules.md, or reinstall dlstack.</source>
        <translation>Corrigez le fichier de règles comme décrit dans docs/diagnosis-rules.md, ou réinstallez dlstack.</translation>
    </message>
    <message>
        <source>the file must hold a JSON object</source>
        <translation>le fichier doit contenir un objet JSON</translation>
    </message>
    <message>
        <source>&quot;schema&quot; must be %1</source>
        <translation>&quot;schema&quot; doit valoir %1</translation>
    </message>
    <message>
        <source>&quot;rules&quot; must be an array</source>
        <translation>&quot;rules&quot; doit être un tableau</translation>
    </message>
    <message>
        <source>%1, rule %2</source>
        <translation>%1, règle %2</translation>
    </message>
    <message>
        <source>a rule must be an object</source>
        <translation>une règle doit être un objet</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a string of a-z, 0-9 and _</source>
        <translation>&quot;id&quot; doit être une chaîne composée de a-z, 0-9 et _</translation>
    </message>
    <message>
        <source>rule %1 needs non-empty &quot;title&quot;, &quot;explanation&quot; and &quot;remedy&quot; strings</source>
        <translation>la règle %1 nécessite des chaînes &quot;title&quot;, &quot;explanation&quot; et &quot;remedy&quot; non vides</translation>
    </message>
    <message>
        <source>&quot;weight&quot; of %1 must be an integer from 0 to 100</source>
        <translation>&quot;weight&quot; de %1 doit être un entier de 0 à 100</translation>
    </message>
    <message>
        <source>&quot;patterns&quot; of %1 must be a non-empty array of strings</source>
        <translation>&quot;patterns&quot; de %1 doit être un tableau non vide de chaînes</translation>
    </message>
    <message>
        <source>&quot;exclude&quot; of %1 must be an array of strings</source>
        <translation>&quot;exclude&quot; de %1 doit être un tableau de chaînes</translation>
    </message>
    <message>
        <source>pattern &quot;%1&quot; of %2 is not a valid regular expression: %3 at character %4</source>
        <translation>le motif « %1 » de %2 n’est pas une expression régulière valide : %3 au caractère %4</translation>
    </message>
    <message>
        <source>&quot;captures&quot; of %1 must be an object</source>
        <translation>&quot;captures&quot; de %1 doit être un objet</translation>
    </message>
    <message>
        <source>capture &quot;%1&quot; of %2 names group %3, which no pattern has</source>
        <translation>la capture « %1 » de %2 désigne le groupe %3, qu’aucun motif ne possède</translation>
    </message>
    <message>
        <source>%1 uses the unknown placeholder {%2}</source>
        <translation>%1 utilise l’espace réservé inconnu {%2}</translation>
    </message>
    <message>
        <source>No diagnosis rules were found in %1.</source>
        <translation>Aucune règle de diagnostic n’a été trouvée dans %1.</translation>
    </message>
    <message>
        <source>Reinstall dlstack; the rules are part of the program.</source>
        <translation>Réinstallez dlstack ; les règles font partie du programme.</translation>
    </message>
    <message>
        <source>The rule file %1 could not be read.</source>
        <translation>Le fichier de règles %1 n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>the rule id %1 is used twice</source>
        <translation>l’identifiant de règle %1 est utilisé deux fois</translation>
    </message>
    <message>
        <source>The version matrix file %1 cannot be read: %2</source>
        <translation>Le fichier de matrice de versions %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>Reinstall dlstack; the data files belong to it.</source>
        <translation>Réinstallez dlstack ; les fichiers de données en font partie.</translation>
    </message>
    <message>
        <source>The version matrix file %1 is invalid at line %2, column %3: %4: %5</source>
        <translation>Le fichier de matrice de versions %1 est invalide à la ligne %2, colonne %3 : %4 : %5</translation>
    </message>
    <message>
        <source>file %1, line %2, column %3, field %4</source>
        <translation>fichier %1, ligne %2, colonne %3, champ %4</translation>
    </message>
    <message>
        <source>Fix the field as described in docs/matrix-format.md, or reinstall dlstack if the file came with it.</source>
        <translation>Corrigez le champ comme décrit dans docs/matrix-format.md, ou réinstallez dlstack si le fichier était fourni avec.</translation>
    </message>
    <message>
        <source>The version matrix file %1 is not valid JSON at line %2, column %3: %4</source>
        <translation>Le fichier de matrice de versions %1 n’est pas un JSON valide à la ligne %2, colonne %3 : %4</translation>
    </message>
    <message>
        <source>file %1, byte offset %2</source>
        <translation>fichier %1, décalage %2 octets</translation>
    </message>
    <message>
        <source>Fix the JSON syntax, or reinstall dlstack if the file came with it.</source>
        <translation>Corrigez la syntaxe JSON, ou réinstallez dlstack si le fichier était fourni avec.</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>missing or not a number</source>
        <translation>manquant ou pas un nombre</translation>
    </message>
    <message>
        <source>schema %1 is not known to this dlstack (it reads schema %2); a newer dlstack is needed</source>
        <translation>le schéma %1 est inconnu de ce dlstack (il lit le schéma %2) ; un dlstack plus récent est nécessaire</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>chaîne non vide attendue</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a version</source>
        <translation>« %1 » n’est pas une version</translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation>liste de chaînes attendue</translation>
    </message>
    <message>
        <source>expected a non-empty list</source>
        <translation>liste non vide attendue</translation>
    </message>
    <message>
        <source>The version matrix file %1 is missing.</source>
        <translation>Le fichier de matrice de versions %1 est manquant.</translation>
    </message>
    <message>
        <source>releases must be listed oldest first, without duplicates</source>
        <translation>les versions doivent être listées de la plus ancienne à la plus récente, sans doublons</translation>
    </message>
    <message>
        <source>must be cuda, rocm or cpu, not &quot;%1&quot;</source>
        <translation>doit être cuda, rocm ou cpu, pas « %1 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a compute capability</source>
        <translation>« %1 » n’est pas une compute capability</translation>
    </message>
    <message>
        <source>a CUDA variant needs its arch list</source>
        <translation>une variante CUDA nécessite sa liste d’architectures</translation>
    </message>
    <message>
        <source>more than one variant is marked default</source>
        <translation>plus d’une variante est marquée par défaut</translation>
    </message>
    <message>
        <source>sm_min %1 is above sm_max %2</source>
        <translation>sm_min %1 est supérieur à sm_max %2</translation>
    </message>
    <message>
        <source>Newest PyTorch whose %1 wheels run on driver %2 and have kernels for %3.</source>
        <translation>PyTorch le plus récent dont les wheels %1 fonctionnent avec le pilote %2 et ont des noyaux pour %3.</translation>
    </message>
    <message>
        <source>Newest PyTorch whose %1 wheels target %2.</source>
        <translation>PyTorch le plus récent dont les wheels %1 ciblent %2.</translation>
    </message>
    <message>
        <source>Older release; its %1 wheels also run here.</source>
        <translation>Version plus ancienne ; ses wheels %1 fonctionnent aussi ici.</translation>
    </message>
    <message>
        <source>Older release; its %1 wheels also target %2.</source>
        <translation>Version plus ancienne ; ses wheels %1 ciblent aussi %2.</translation>
    </message>
    <message>
        <source>No installed Python fits, so a conda environment brings Python %1.</source>
        <translation>Aucun Python installé ne convient ; un environnement conda apporte donc Python %1.</translation>
    </message>
    <message>
        <source>No prebuilt wheel has kernels for %1; PyTorch %2 built from source with CUDA %3 does.</source>
        <translation>Aucune wheel précompilée n’a de noyaux pour %1 ; PyTorch %2 compilé depuis les sources avec CUDA %3 en a.</translation>
    </message>
    <message>
        <source>Works after a driver upgrade (see the findings); nothing runs on the current driver.</source>
        <translation>Fonctionne après une mise à jour du pilote (voir les constats) ; rien ne fonctionne avec le pilote actuel.</translation>
    </message>
    <message>
        <source>No GPU was found; the CPU build of the newest PyTorch runs anywhere.</source>
        <translation>Aucun GPU n’a été trouvé ; la build CPU du PyTorch le plus récent fonctionne partout.</translation>
    </message>
    <message>
        <source>No GPU build runs on this machine as it is; the CPU build does.</source>
        <translation>Aucune build GPU ne fonctionne sur cette machine en l’état ; la build CPU, si.</translation>
    </message>
    <message>
        <source>from source</source>
        <translation>depuis les sources</translation>
    </message>
    <message>
        <source>prebuilt wheels</source>
        <translation>wheels précompilées</translation>
    </message>
    <message>
        <source>Unknown route &quot;%1&quot; in the selection.</source>
        <translation>Méthode « %1 » inconnue dans la sélection.</translation>
    </message>
    <message>
        <source>Use prebuilt or source.</source>
        <translation>Utilisez prebuilt ou source.</translation>
    </message>
    <message>
        <source>Unknown backend &quot;%1&quot; in the selection.</source>
        <translation>Backend « %1 » inconnu dans la sélection.</translation>
    </message>
    <message>
        <source>Use cuda, rocm or cpu.</source>
        <translation>Utilisez cuda, rocm ou cpu.</translation>
    </message>
    <message>
        <source>Unknown environment kind &quot;%1&quot;.</source>
        <translation>Type d’environnement « %1 » inconnu.</translation>
    </message>
    <message>
        <source>Use new_venv, new_conda or existing.</source>
        <translation>Utilisez new_venv, new_conda ou existing.</translation>
    </message>
    <message>
        <source>An existing environment was chosen without its path.</source>
        <translation>Un environnement existant a été choisi sans son chemin.</translation>
    </message>
    <message>
        <source>Name the environment&apos;s directory.</source>
        <translation>Indiquez le répertoire de l’environnement.</translation>
    </message>
    <message>
        <source>No PyTorch version was chosen.</source>
        <translation>Aucune version de PyTorch n’a été choisie.</translation>
    </message>
    <message>
        <source>Pick one from `dlstack matrix` (%1 to %2).</source>
        <translation>Choisissez-en une dans `dlstack matrix` (%1 à %2).</translation>
    </message>
    <message>
        <source>PyTorch %1 is not in the tested matrix (%2 to %3); dlstack does not guess its requirements.</source>
        <translation>PyTorch %1 ne figure pas dans la matrice testée (%2 à %3) ; dlstack ne devine pas ses exigences.</translation>
    </message>
    <message>
        <source>Pick a version listed by `dlstack matrix`.</source>
        <translation>Choisissez une version listée par `dlstack matrix`.</translation>
    </message>
    <message>
        <source>Both a CUDA and a ROCm version were chosen.</source>
        <translation>Une version de CUDA et une version de ROCm ont toutes deux été choisies.</translation>
    </message>
    <message>
        <source>Pick one backend.</source>
        <translation>Choisissez un seul backend.</translation>
    </message>
    <message>
        <source>No CUDA version was chosen.</source>
        <translation>Aucune version de CUDA n’a été choisie.</translation>
    </message>
    <message>
        <source>Name one, e.g. --cuda 12.4.</source>
        <translation>Indiquez-en une, p. ex. --cuda 12.4.</translation>
    </message>
    <message>
        <source>CUDA %1 is not in the tested matrix (%2 to %3).</source>
        <translation>CUDA %1 ne figure pas dans la matrice testée (%2 à %3).</translation>
    </message>
    <message>
        <source>Pick a CUDA version listed by `dlstack matrix --torch %1`.</source>
        <translation>Choisissez une version de CUDA listée par `dlstack matrix --torch %1`.</translation>
    </message>
    <message>
        <source>ROCm %1 is not in the tested matrix.</source>
        <translation>ROCm %1 ne figure pas dans la matrice testée.</translation>
    </message>
    <message>
        <source>Pick a ROCm version listed by `dlstack matrix --torch %1`.</source>
        <translation>Choisissez une version de ROCm listée par `dlstack matrix --torch %1`.</translation>
    </message>
    <message>
        <source>A CPU-only install was chosen together with a GPU backend version.</source>
        <translation>Une installation CPU uniquement a été choisie avec une version de backend GPU.</translation>
    </message>
    <message>
        <source>Drop --cpu, or drop --cuda/--rocm.</source>
        <translation>Retirez --cpu, ou retirez --cuda/--rocm.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Python version.</source>
        <translation>« %1 » n’est pas une version de Python.</translation>
    </message>
    <message>
        <source>Write it like 3.11.</source>
        <translation>Écrivez-la sous la forme 3.11.</translation>
    </message>
    <message>
        <source>MAX_JOBS cannot be negative.</source>
        <translation>MAX_JOBS ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Could not write the download %1.</source>
        <translation>Impossible d’écrire le téléchargement %1.</translation>
    </message>
    <message>
        <source>The download of %1 was cancelled.</source>
        <translation>Le téléchargement de %1 a été annulé.</translation>
    </message>
    <message>
        <source>%1: checksum mismatch (expected %2, got %3)</source>
        <translation>%1 : somme de contrôle incorrecte (attendu %2, obtenu %3)</translation>
    </message>
    <message>
        <source>The downloaded file does not match its sha256 checksum.</source>
        <translation>Le fichier téléchargé ne correspond pas à sa somme de contrôle sha256.</translation>
    </message>
    <message>
        <source>The download failed from every source.</source>
        <translation>Le téléchargement a échoué depuis toutes les sources.</translation>
    </message>
    <message>
        <source>The file was deleted. Check the plan&apos;s sha256 or the mirror.</source>
        <translation>Le fichier a été supprimé. Vérifiez le sha256 du plan ou le miroir.</translation>
    </message>
    <message>
        <source>Check the network or proxy, or put the file into the mirror directory.</source>
        <translation>Vérifiez le réseau ou le proxy, ou placez le fichier dans le répertoire miroir.</translation>
    </message>
    <message>
        <source>The version matrix blocks %1.</source>
        <translation>La matrice de versions bloque %1.</translation>
    </message>
    <message>
        <source>Change the selection as the findings say, or run `dlstack recommend`.</source>
        <translation>Modifiez la sélection comme l’indiquent les constats, ou lancez `dlstack recommend`.</translation>
    </message>
    <message>
        <source>The install prefix must be an absolute path.</source>
        <translation>Le préfixe d’installation doit être un chemin absolu.</translation>
    </message>
    <message>
        <source>Pass --prefix /path/to/prefix.</source>
        <translation>Indiquez --prefix /path/to/prefix.</translation>
    </message>
    <message>
        <source>The matrix does not know torch %1.</source>
        <translation>La matrice ne connaît pas torch %1.</translation>
    </message>
    <message>
        <source>The planner produced a plan the loader rejects.</source>
        <translation>Le planificateur a produit un plan que le chargeur rejette.</translation>
    </message>
    <message>
        <source>Please report this with the selection and profile.</source>
        <translation>Veuillez le signaler avec la sélection et le profil.</translation>
    </message>
    <message>
        <source>No secret named &quot;%1&quot; is stored.</source>
        <translation>Aucun secret nommé « %1 » n’est enregistré.</translation>
    </message>
    <message>
        <source>Store it first, for example with the wizard&apos;s Options page.</source>
        <translation>Enregistrez-le d’abord, par exemple dans la page Options de l’assistant.</translation>
    </message>
    <message>
        <source>The system keyring is not available.</source>
        <translation>Le trousseau du système n’est pas disponible.</translation>
    </message>
    <message>
        <source>Start a Secret Service (gnome-keyring or KWallet) and unlock it, then try again.</source>
        <translation>Démarrez un Secret Service (gnome-keyring ou KWallet) et déverrouillez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>Free some disk space (or check the prefix&apos;s permissions) and run the install again; the download continues where it stopped.</source>
        <translation>Libérez de l’espace disque (ou vérifiez les permissions du préfixe) et relancez l’installation ; le téléchargement reprend là où il s’est arrêté.</translation>
    </message>
    <message>
        <source>Fetching the submodules again after an interrupted update.</source>
        <translation>Nouvelle récupération des sous-modules après une mise à jour interrompue.</translation>
    </message>
    <message>
        <source>%1 is truncated or damaged: %2</source>
        <translation>%1 est tronqué ou endommagé : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a version comparison like &quot;&gt;=4.0&quot;</source>
        <translation>« %1 » n’est pas une comparaison de versions comme « &gt;=4.0 »</translation>
    </message>
    <message>
        <source>Another dlstack job is running in %1.</source>
        <translation>Une autre tâche dlstack est en cours dans %1.</translation>
    </message>
    <message>
        <source>Wait for it to finish, or stop it first (dlstack-wizard shows it).</source>
        <translation>Attendez qu’elle se termine, ou arrêtez-la d’abord (dlstack-wizard l’affiche).</translation>
    </message>
    <message>
        <source>Removed %1, left by an interrupted git command.</source>
        <translation>%1 supprimé, laissé par une commande git interrompue.</translation>
    </message>
    <message>
        <source>Choose a stack and an install folder first.</source>
        <translation>Choisissez d’abord une pile et un dossier d’installation.</translation>
    </message>
    <message>
        <source>Unknown extra &quot;%1&quot;.</source>
        <translation>Extra inconnu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>distcc hosts were named but the compiler launcher is not distcc.</source>
        <translation>Des hôtes distcc sont indiqués, mais le lanceur du compilateur n’est pas distcc.</translation>
    </message>
    <message>
        <source>Add --launcher distcc, or drop the hosts.</source>
        <translation>Ajoutez --launcher distcc ou retirez les hôtes.</translation>
    </message>
    <message>
        <source>sha256 must be 64 lower-case hex digits, or null</source>
        <translation>sha256 doit compter 64 chiffres hexadécimaux en minuscules, ou valoir null</translation>
    </message>
    <message>
        <source>a cuDNN archive needs a cudnn-linux-x86_64-*_cudaN-archive.tar.xz file and an https URL ending in it</source>
        <translation>une archive cuDNN demande un fichier cudnn-linux-x86_64-*_cudaN-archive.tar.xz et une URL https qui se termine par lui</translation>
    </message>
    <message>
        <source>a Miniforge release looks like 25.3.1-0</source>
        <translation>une version de Miniforge s’écrit comme 25.3.1-0</translation>
    </message>
    <message>
        <source>Unknown toolkit source &quot;%1&quot;.</source>
        <translation>Source de toolkit inconnue &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Use runfile or conda.</source>
        <translation>Utilisez runfile ou conda.</translation>
    </message>
    <message>
        <source>A CUDA toolkit from conda needs a conda environment.</source>
        <translation>Un toolkit CUDA venant de conda demande un environnement conda.</translation>
    </message>
    <message>
        <source>Choose a new conda environment, or take the toolkit from the runfile.</source>
        <translation>Choisissez un nouvel environnement conda, ou prenez le toolkit depuis le runfile.</translation>
    </message>
    <message>
        <source>The journal&apos;s paths under %1 are now read as paths under %2.</source>
        <translation>Les chemins du journal sous %1 sont désormais lus comme des chemins sous %2.</translation>
    </message>
    <message>
        <source>Process %1 holds the lock on %2.</source>
        <translation>Le processus %1 détient le verrou sur %2.</translation>
    </message>
    <message>
        <source>Another process holds the lock on %1.</source>
        <translation>Un autre processus détient le verrou sur %1.</translation>
    </message>
    <message>
        <source>The file system of %1 does not support file locks; nothing was changed.</source>
        <translation>Le système de fichiers de %1 ne prend pas en charge les verrous de fichier ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>dlstack needs a lock to keep two jobs in one prefix apart. Choose a prefix on a local disk (or an NFS mount with locking enabled).</source>
        <translation>dlstack a besoin d’un verrou pour séparer deux tâches dans un même préfixe. Choisissez un préfixe sur un disque local (ou un montage NFS avec verrouillage).</translation>
    </message>
    <message>
        <source>The install prefix %1 is not a directory.</source>
        <translation>Le préfixe d’installation %1 n’est pas un répertoire.</translation>
    </message>
    <message>
        <source>Check the path, or create the directory first.</source>
        <translation>Vérifiez le chemin, ou créez d’abord le répertoire.</translation>
    </message>
    <message>
        <source>%1 is a copy of the install prefix %2; nothing was changed.</source>
        <translation>%1 est une copie du préfixe d’installation %2 ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The journal in %1 records the files of %2 (both carry install id %3). Resuming or rolling back here would change %2.</source>
        <translation>Le journal de %1 recense les fichiers de %2 (tous deux portent l’identifiant d’installation %3). Reprendre ou annuler ici modifierait %2.</translation>
    </message>
    <message>
        <source>The install prefix was moved from %1 to %2; nothing was changed.</source>
        <translation>Le préfixe d’installation a été déplacé de %1 vers %2 ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Its journal names paths under %1, which no longer holds this install.</source>
        <translation>Son journal désigne des chemins sous %1, qui ne contient plus cette installation.</translation>
    </message>
    <message>
        <source>If you moved it on purpose, run the command again with --reanchor: the journal&apos;s paths under %1 are then read as paths under %2.</source>
        <translation>Si vous l’avez déplacé volontairement, relancez la commande avec --reanchor : les chemins du journal sous %1 seront alors lus comme des chemins sous %2.</translation>
    </message>
    <message>
        <source>%1 is in the way: it is not a plain file.</source>
        <translation>%1 gêne : ce n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>It is a symbolic link; dlstack would write through it.</source>
        <translation>C’est un lien symbolique ; dlstack écrirait à travers.</translation>
    </message>
    <message>
        <source>dlstack keeps a partial file there. Remove it, then run the install again.</source>
        <translation>dlstack y garde un fichier partiel. Supprimez-le, puis relancez l’installation.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Start a Secret Service (gnome-keyring or KWallet), store the token and run the install again.</source>
        <translation>Démarrez un Secret Service (gnome-keyring ou KWallet), enregistrez le jeton et relancez l’installation.</translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; for %2 could not be read; nothing was changed.
%3</source>
        <translation>Le secret « %1 » pour %2 n’a pas pu être lu ; rien n’a été modifié.
%3</translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot; would send a credential over plain http to %2.</source>
        <translation>L’étape « %1 » enverrait un identifiant en http non chiffré à %2.</translation>
    </message>
    <message>
        <source>The plan allows it (&quot;allow_insecure_auth&quot;: true), but anyone on the network path can read an http:// request and the token or password in it. Nothing was changed.</source>
        <translation>Le plan l’autorise (&quot;allow_insecure_auth&quot;: true), mais toute personne sur le chemin réseau peut lire une requête http:// et le jeton ou le mot de passe qu’elle contient. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Run again with --allow-insecure-auth if you accept that, or use an https:// URL.</source>
        <translation>Relancez avec --allow-insecure-auth si vous l’acceptez, ou utilisez une URL https://.</translation>
    </message>
    <message>
        <source>Could not write %1: it is a directory.</source>
        <translation>Impossible d’écrire %1 : c’est un répertoire.</translation>
    </message>
    <message>
        <source>write_file replaces files only; choose another path in the plan.</source>
        <translation>write_file ne remplace que des fichiers ; choisissez un autre chemin dans le plan.</translation>
    </message>
    <message>
        <source>The failure starts at line %1: %2</source>
        <translation>L’échec commence à la ligne %1 : %2</translation>
    </message>
    <message>
        <source>Ask for the complete file, or check it with `gzip -t`, `xz -t` or `zstd -t`.</source>
        <translation>Demandez le fichier complet, ou vérifiez-le avec `gzip -t`, `xz -t` ou `zstd -t`.</translation>
    </message>
    <message>
        <source>none (a CPU or ROCm build)</source>
        <translation>aucune (une build CPU ou ROCm)</translation>
    </message>
    <message>
        <source>the patterns cannot be compiled for scanning together: %1</source>
        <translation>les motifs ne peuvent pas être compilés ensemble pour l’analyse : %1</translation>
    </message>
    <message>
        <source>pattern &quot;%1&quot; of %2 cannot be compiled for scanning, not even as a prefilter: %3</source>
        <translation>le motif « %1 » de %2 ne peut pas être compilé pour l’analyse, pas même comme préfiltre : %3</translation>
    </message>
    <message>
        <source>anchor %1 needs &quot;window&quot;: [lines before, lines after]</source>
        <translation>l’ancre %1 a besoin de &quot;window&quot;: [lignes avant, lignes après]</translation>
    </message>
    <message>
        <source>&quot;role&quot; of %1 must be &quot;cause&quot; or &quot;anchor&quot;</source>
        <translation>&quot;role&quot; de %1 doit être &quot;cause&quot; ou &quot;anchor&quot;</translation>
    </message>
    <message>
        <source>lookup &quot;%1&quot; of %2 must name one of its captures in &quot;from&quot;</source>
        <translation>la table « %1 » de %2 doit nommer une de ses captures dans &quot;from&quot;</translation>
    </message>
    <message>
        <source>every row of lookup &quot;%1&quot; of %2 needs a &quot;value&quot; string</source>
        <translation>chaque ligne de la table « %1 » de %2 a besoin d’une chaîne &quot;value&quot;</translation>
    </message>
    <message>
        <source>The rule folder %1 does not exist.</source>
        <translation>Le dossier de règles %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Check the path given to --rules.</source>
        <translation>Vérifiez le chemin donné à --rules.</translation>
    </message>
    <message>
        <source>Rule files are JSON of at most 16 MiB.</source>
        <translation>Les fichiers de règles sont du JSON d’au plus 16 Mio.</translation>
    </message>
    <message>
        <source>Stopped reading %1 after %2 MiB; the counts cover the first %2 MiB (%3 lines). Send a shorter excerpt to have all of it read.</source>
        <translation>Lecture de %1 arrêtée après %2 Mio ; les décomptes couvrent les %2 premiers Mio (%3 lignes). Envoyez un extrait plus court pour que tout soit lu.</translation>
    </message>
    <message>
        <source>The path %1 contains the control character U+%2.</source>
        <translation>Le chemin %1 contient le caractère de contrôle U+%2.</translation>
    </message>
    <message>
        <source>Remove it: a path dlstack writes must be printable text.</source>
        <translation>Supprimez-le : un chemin que dlstack écrit doit être du texte imprimable.</translation>
    </message>
    <message>
        <source>The path %1 is outside %2.</source>
        <translation>Le chemin %1 est hors de %2.</translation>
    </message>
    <message>
        <source>Choose a path below one of them.</source>
        <translation>Choisissez un chemin sous l’un d’eux.</translation>
    </message>
    <message>
        <source>The path %1 cannot be used: %2 is not a directory.</source>
        <translation>Le chemin %1 est inutilisable : %2 n’est pas un répertoire.</translation>
    </message>
    <message>
        <source>Remove that file or choose another path.</source>
        <translation>Supprimez ce fichier ou choisissez un autre chemin.</translation>
    </message>
    <message>
        <source>The path %1 leads out of %2.</source>
        <translation>Le chemin %1 sort de %2.</translation>
    </message>
    <message>
        <source>The path %1 leads out of %2 through the symbolic link %3 (-&gt; %4).</source>
        <translation>Le chemin %1 sort de %2 par le lien symbolique %3 (-&gt; %4).</translation>
    </message>
    <message>
        <source>dlstack writes only below %1. Remove or change that link, or choose another path.</source>
        <translation>dlstack n’écrit que sous %1. Supprimez ou modifiez ce lien, ou choisissez un autre chemin.</translation>
    </message>
    <message>
        <source>The path %1 passes through more than %2 symbolic links.</source>
        <translation>Le chemin %1 passe par plus de %2 liens symboliques.</translation>
    </message>
    <message>
        <source>A link probably points at itself; remove it.</source>
        <translation>Un lien pointe probablement sur lui-même ; supprimez-le.</translation>
    </message>
    <message>
        <source>The path %1 is inside %2, which plan steps may not change.</source>
        <translation>Le chemin %1 est dans %2, que les pas du plan ne peuvent pas modifier.</translation>
    </message>
    <message>
        <source>Choose a path outside %1.</source>
        <translation>Choisissez un chemin hors de %1.</translation>
    </message>
    <message>
        <source>The plan could not be kept in the prefix (%1); to resume, give its file again.</source>
        <translation>Le plan n’a pas pu être conservé dans le préfixe (%1) ; pour reprendre, indiquez de nouveau son fichier.</translation>
    </message>
    <message>
        <source>This prefix ran another plan before; it is kept as %1.</source>
        <translation>Ce préfixe a exécuté un autre plan auparavant ; il est conservé sous %1.</translation>
    </message>
    <message>
        <source>The directory %1 could not be created.</source>
        <translation>Le répertoire %1 n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>Run dlstack on %1 itself. To keep the copy as plain files, remove %2.</source>
        <translation>Lancez dlstack sur %1 lui-même. Pour garder la copie comme de simples fichiers, supprimez %2.</translation>
    </message>
    <message>
        <source>Unknown event &quot;%1&quot;.</source>
        <translation>Événement « %1 » inconnu.</translation>
    </message>
    <message>
        <source>The %1 event has no &quot;%2&quot;.</source>
        <translation>L’événement %1 n’a pas de « %2 ».</translation>
    </message>
    <message>
        <source>The event log %1 could not be opened.</source>
        <translation>Le journal des événements %1 n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>Check the permissions of the folder and the free disk space.</source>
        <translation>Vérifiez les permissions du dossier et l’espace disque libre.</translation>
    </message>
    <message>
        <source>The build log %1 could not be opened.</source>
        <translation>Le journal de build %1 n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>Remove it; dlstack writes the stage&apos;s log there.</source>
        <translation>Supprimez-le ; dlstack y écrit le journal de l’étape.</translation>
    </message>
    <message>
        <source>The log %1 could not be written.</source>
        <translation>Le journal %1 n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Check the free disk space.</source>
        <translation>Vérifiez l’espace disque libre.</translation>
    </message>
    <message>
        <source>Unknown compiler launcher &quot;%1&quot; in the selection.</source>
        <translation>Lanceur de compilateur « %1 » inconnu dans la sélection.</translation>
    </message>
    <message>
        <source>Use ccache, sccache or distcc.</source>
        <translation>Utilisez ccache, sccache ou distcc.</translation>
    </message>
    <message>
        <source>&quot;outranks&quot; of %1 must be an array of other rules&apos; ids</source>
        <translation>« outranks » de %1 doit être une liste d’identifiants d’autres règles</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the arch list is not a CUDA architecture.</source>
        <translation>« %1 » dans la liste d’architectures n’est pas une architecture CUDA.</translation>
    </message>
    <message>
        <source>Write compute capabilities like 8.6 or 9.0+PTX.</source>
        <translation>Écrivez les compute capabilities sous la forme 8.6 ou 9.0+PTX.</translation>
    </message>
    <message>
        <source>CUDA %1 does not know %2 (%3) from the arch list: it compiles for %4 to %5.</source>
        <translation>CUDA %1 ne connaît pas %2 (%3) de la liste d’architectures : il compile pour %4 à %5.</translation>
    </message>
    <message>
        <source>Drop %1 from --arch-list, or pick a CUDA version that still targets it.</source>
        <translation>Retirez %1 de --arch-list, ou choisissez une version de CUDA qui la cible encore.</translation>
    </message>
    <message>
        <source>Extras are torchvision, torchaudio, torchtext (optionally ==VERSION), apex, opencv and opencv-cuda.</source>
        <translation>Les extras sont torchvision, torchaudio, torchtext (éventuellement ==VERSION), apex, opencv et opencv-cuda.</translation>
    </message>
    <message>
        <source>The install downloads nothing, so it needs no internet connection.</source>
        <translation>L’installation ne télécharge rien et n’a donc pas besoin de connexion Internet.</translation>
    </message>
    <message>
        <source>Every server the install downloads from answers (%1).</source>
        <translation>Tous les serveurs dont l’installation télécharge répondent (%1).</translation>
    </message>
    <message>
        <source> through the proxy %1</source>
        <translation> via le proxy %1</translation>
    </message>
    <message>
        <source>This machine is offline: %1 cannot be reached%2 (%3); download everything on a machine with internet with `dlstack bundle PLAN.json DIR`, copy DIR here and choose it as the offline folder (--mirror DIR).</source>
        <translation>Cette machine est hors ligne : %1 est injoignable%2 (%3) ; téléchargez tout sur une machine qui a Internet avec `dlstack bundle PLAN.json DIR`, copiez DIR ici et choisissez-le comme dossier hors ligne (--mirror DIR).</translation>
    </message>
    <message>
        <source>%1 cannot be reached%2 (%3), so the stages that download from there will fail; check the network or proxy, or fill an offline folder with `dlstack bundle PLAN.json DIR` and choose it (--mirror DIR).</source>
        <translation>%1 est injoignable%2 (%3), donc les étapes qui téléchargent depuis là échoueront ; vérifiez le réseau ou le proxy, ou remplissez un dossier hors ligne avec `dlstack bundle PLAN.json DIR` et choisissez-le (--mirror DIR).</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>pas de réponse en %1 s</translation>
    </message>
    <message>
        <source>the proxy answered HTTP %1</source>
        <translation>le proxy a répondu HTTP %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2; trying again in %3 s (attempt %4 of %5)</source>
        <translation>%1 : %2 ; nouvel essai dans %3 s (essai %4 sur %5)</translation>
    </message>
    <message>
        <source>%1 is not text (it holds control bytes that no tool output has); nothing was read from it. Send the output as plain text.</source>
        <translation>%1 n’est pas du texte (il contient des octets de contrôle qu’aucune sortie d’outil ne comporte) ; rien n’y a été lu. Envoyez la sortie en texte brut.</translation>
    </message>
    <message>
        <source>%1: no part of it is in a format dlstack reads (collect_env, nvidia-smi, nvcc, rocminfo, rocm-smi, amd-smi, conda info, os-release and the others `dlstack import --help` lists).</source>
        <translation>%1 : aucune partie n’est dans un format que dlstack lit (collect_env, nvidia-smi, nvcc, rocminfo, rocm-smi, amd-smi, conda info, os-release et les autres que liste `dlstack import --help`).</translation>
    </message>
    <message>
        <source>%1 is read as %2 but does not show %3; the text may have been cut short.</source>
        <translation>%1 est lu comme %2 mais n’indique pas %3 ; le texte a peut-être été tronqué.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to dlstack</source>
        <translation>Bienvenue dans dlstack</translation>
    </message>
    <message>
        <source>A working PyTorch on this machine, from a combination that is known to work.</source>
        <translation>Un PyTorch fonctionnel sur cette machine, issu d’une combinaison connue pour fonctionner.</translation>
    </message>
    <message>
        <source>&lt;p&gt;dlstack will:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;look at this machine: GPU, driver, CUDA or ROCm, compilers, Python and existing environments;&lt;/li&gt;&lt;li&gt;offer only PyTorch stacks that are tested to work with what it found, and say why the others are not offered;&lt;/li&gt;&lt;li&gt;install the stack into a new environment, step by step, with a log you can read;&lt;/li&gt;&lt;li&gt;tell you the one command that activates it.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Nothing outside the install folder you choose is changed, and every step can be rolled back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;dlstack va :&lt;/p&gt;&lt;ol&gt;&lt;li&gt;examiner cette machine : GPU, pilote, CUDA ou ROCm, compilateurs, Python et environnements existants ;&lt;/li&gt;&lt;li&gt;ne proposer que des piles PyTorch testées pour fonctionner avec ce qu’il a trouvé, et expliquer pourquoi les autres ne sont pas proposées ;&lt;/li&gt;&lt;li&gt;installer la pile dans un nouvel environnement, étape par étape, avec un journal que vous pouvez lire ;&lt;/li&gt;&lt;li&gt;vous indiquer la seule commande qui l’active.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Rien n’est modifié en dehors du dossier d’installation que vous choisissez, et chaque étape peut être annulée.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The built-in version matrix could not be read: %1</source>
        <translation>La matrice de versions intégrée n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What the install needs:&lt;/b&gt; an internet connection (prebuilt CUDA wheels are about %1 to download, a CUDA toolkit about %2 more, CPU wheels about %3), disk space (about %4 for CUDA wheels, %5 or more for a build from source) and time (minutes for wheels, hours for a build from source). The Review page shows the figures for your choices.&lt;/p&gt;&lt;p&gt;No internet on this machine? Fill an offline folder on one that has it with &lt;code&gt;dlstack bundle&lt;/code&gt; and choose that folder on the Options page.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ce dont l’installation a besoin :&lt;/b&gt; une connexion Internet (les wheels CUDA précompilées font environ %1 à télécharger, une boîte à outils CUDA environ %2 de plus, les wheels CPU environ %3), de l’espace disque (environ %4 pour les wheels CUDA, %5 ou plus pour une compilation depuis les sources) et du temps (quelques minutes pour les wheels, des heures pour une compilation). La page Vérification donne les chiffres de vos choix.&lt;/p&gt;&lt;p&gt;Pas d’Internet sur cette machine ? Remplissez un dossier hors ligne sur une machine qui en a avec &lt;code&gt;dlstack bundle&lt;/code&gt; et choisissez ce dossier sur la page Options.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>WizardMain</name>
    <message>
        <source>An install stopped part-way</source>
        <translation>Une installation s’est arrêtée en cours de route</translation>
    </message>
    <message>
        <source>The install into %1 stopped before it finished. Open it to resume it or to roll stages back?</source>
        <translation>L’installation dans %1 s’est arrêtée avant la fin. L’ouvrir pour la reprendre ou annuler des étapes ?</translation>
    </message>
    <message>
        <source>Usage: dlstack-wizard [--plan FILE | --log FILE]</source>
        <translation>Usage : dlstack-wizard [--plan FICHIER | --log FICHIER]</translation>
    </message>
    <message>
        <source>Set up a deep-learning stack: detect this machine, pick a tested PyTorch stack, install it and see why a build failed.</source>
        <translation>Mettre en place une pile d’apprentissage profond : détecter cette machine, choisir une pile PyTorch testée, l’installer et voir pourquoi une build a échoué.</translation>
    </message>
    <message>
        <source>  --plan FILE   run an existing plan (made by `dlstack plan` or exported by the wizard)</source>
        <translation>  --plan FICHIER  exécuter un plan existant (créé par `dlstack plan` ou exporté par l’assistant)</translation>
    </message>
    <message>
        <source>  --log FILE    open a build log in the log inspector alone</source>
        <translation>  --log FICHIER   ouvrir seulement un journal de build dans l’inspecteur de journaux</translation>
    </message>
    <message>
        <source>  --version     print the version</source>
        <translation>  --version       afficher la version</translation>
    </message>
    <message>
        <source>  -h, --help    print this help</source>
        <translation>  -h, --help      afficher cette aide</translation>
    </message>
    <message>
        <source>The command line `dlstack` does the same without a window: dlstack --help.</source>
        <translation>La ligne de commande `dlstack` fait la même chose sans fenêtre : dlstack --help.</translation>
    </message>
    <message>
        <source>%1 needs a file: dlstack-wizard %1 FILE</source>
        <translation>%1 demande un fichier : dlstack-wizard %1 FICHIER</translation>
    </message>
    <message>
        <source>Unknown option %1. See dlstack-wizard --help.</source>
        <translation>Option %1 inconnue. Voir dlstack-wizard --help.</translation>
    </message>
    <message>
        <source>dlstack-wizard needs a graphical session (no DISPLAY or WAYLAND_DISPLAY is set). Over SSH use `ssh -X`, or use the command line instead: dlstack --help.</source>
        <translation>dlstack-wizard a besoin d’une session graphique (ni DISPLAY ni WAYLAND_DISPLAY n’est défini). Par SSH, utilisez `ssh -X`, ou bien la ligne de commande : dlstack --help.</translation>
    </message>
</context>
<context>
    <name>WizardState</name>
    <message>
        <source>driver %1</source>
        <translation>pilote %1</translation>
    </message>
    <message>
        <source>another machine</source>
        <translation>une autre machine</translation>
    </message>
</context>
</TS>
