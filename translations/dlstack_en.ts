<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>FactSheet</name>
    <message numerus="yes">
        <source>Can create conda environments (%n environment(s) found).</source>
        <translation>
            <numerusform>Can create conda environments (%n environment found).</numerusform>
            <numerusform>Can create conda environments (%n environments found).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstallPage</name>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>about %n second left</numerusform>
            <numerusform>about %n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>about %n minute left</numerusform>
            <numerusform>about %n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>about %n hour left</numerusform>
            <numerusform>about %n hours left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogInspector</name>
    <message numerus="yes">
        <source>%n line(s)</source>
        <comment>status after indexing</comment>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>about %n hour</numerusform>
            <numerusform>about %n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SystemPage</name>
    <message numerus="yes">
        <source>%1: %n GPU(s), %2 CUDA toolkit(s), %3 Python environment(s).</source>
        <translation>
            <numerusform>%1: %n GPU, %2 CUDA toolkit(s), %3 Python environment(s).</numerusform>
            <numerusform>%1: %n GPUs, %2 CUDA toolkit(s), %3 Python environment(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyReport</name>
    <message numerus="yes">
        <source>It sees %n GPU(s) (%1) and computes on each as on the CPU.</source>
        <translation>
            <numerusform>It sees %n GPU (%1) and computes on it as on the CPU.</numerusform>
            <numerusform>It sees %n GPUs (%1) and computes on each as on the CPU.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It sees %n GPU(s) (%1), but not every one computes right.</source>
        <translation>
            <numerusform>It sees %n GPU (%1), but it does not compute right.</numerusform>
            <numerusform>It sees %n GPUs (%1), but not every one computes right.</numerusform>
        </translation>
    </message>
</context>
</TS>
