using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class IpInfoRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Hex, 14, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("ipinfo-token", Key, "IPINFO_TOKEN")
        .FindsIn("ipinfo-token", "a fetch URL", $"fetch('https://ipinfo.io/json?token={Key}')", Key)
        .Ignores("ipinfo-token", "another host", $"https://ipapi.example/json?token={Key}");
}
