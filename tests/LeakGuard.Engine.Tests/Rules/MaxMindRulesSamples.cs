using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class MaxMindRulesSamples
{
    private static readonly string Key = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 6, 5), "_", FakeKey.Random(FakeKey.Base62, 29, 6), "_m", "mk");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("maxmind-license-key", Key, "MAXMIND_LICENSE_KEY")
        .Ignores("maxmind-license-key", "a placeholder", "LicenseKey: XXXXXX_" + new string('X', 29) + "_m" + "mk")
        .Ignores("maxmind-license-key", "one character short", $"key: {Key[1..]}");
}
