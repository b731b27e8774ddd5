using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class CiscoMerakiRulesSamples
{
    private static readonly string CiscoMerakiApiKey = FakeKey.Random(FakeKey.Hex, 40, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("cisco-meraki-api-key", CiscoMerakiApiKey, "MERAKI_DASHBOARD_API_KEY")
        .Ignores("cisco-meraki-api-key", "no meraki context", $"\"checksum\": \"{CiscoMerakiApiKey}\"")
        .Ignores("cisco-meraki-api-key", "one character short", $"meraki: {CiscoMerakiApiKey[..^1]}");
}
