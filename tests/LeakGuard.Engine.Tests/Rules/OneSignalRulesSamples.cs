using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class OneSignalRulesSamples
{
    private static readonly string Key = FakeKey.Of("os_v2", "_app_", FakeKey.Random("abcdefghijklmnopqrstuvwxyz234567", 103, 3));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("onesignal-rest-api-key", Key, "ONESIGNAL_REST_API_KEY")
        .Ignores("onesignal-rest-api-key", "too short", $"key: os_v2_app_{FakeKey.Random("abcdefghijklmnopqrstuvwxyz234567", 60, 4)}");
}
