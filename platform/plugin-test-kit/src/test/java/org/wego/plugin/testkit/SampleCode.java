package org.wego.plugin.testkit;

/** In-plugin code of {@link InPluginCodeTest}: tells which loader defined it (the "plugin's"). */
class SampleCode implements InPlugin<String> {

    @Override
    public String run(Beans beans) {
        return String.valueOf(InPluginCodeTest.class.getClassLoader());
    }
}
