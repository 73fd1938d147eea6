<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>DuoError</name>
    <message>
        <source>The period ends before it begins: choose a last day after the first.</source>
        <translation>De periode eindigt voordat ze begint: kies een laatste dag na de eerste.</translation>
    </message>
</context>
</TS>
