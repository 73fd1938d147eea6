<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name>DuoError</name>
    <message>
        <source>The period ends before it begins: choose a last day after the first.</source>
        <translation>La période se termine avant de commencer&#xa0;: choisissez un dernier jour postérieur au premier.</translation>
    </message>
</context>
</TS>
