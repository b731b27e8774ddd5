using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class JPushRulesSamples
{
    private static readonly string MasterSecret = FakeKey.Random(FakeKey.Hex, 24, 1);

    private static readonly string AppKey = FakeKey.Random(FakeKey.Hex, 24, 2);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("jpush-master-secret", MasterSecret, "JPUSH_MASTER_SECRET")
        .FindsIn("jpush-master-secret", "the Java client", $"private static final String MASTER_SECRET = \"{MasterSecret}\";\nprivate static final String APP_KEY = \"{AppKey}\";\n\nJPushClient jpushClient = new JPushClient(MASTER_SECRET, APP_KEY, null, ClientConfig.getInstance());", MasterSecret)
        .FindsIn("jpush-master-secret", "the Python client", $"import jpush\n\napp_key = u'{AppKey}'\nmaster_secret = u'{MasterSecret}'\n_jpush = jpush.JPush(app_key, master_secret)\n", MasterSecret)
        .Ignores("jpush-master-secret", "the app key, which ships inside the app", $"JPushInterface.init(this);\nappKey = \"{AppKey}\"")
        .Ignores("jpush-master-secret", "no JPush named", $"\"commit\": \"{MasterSecret}\"");
}
