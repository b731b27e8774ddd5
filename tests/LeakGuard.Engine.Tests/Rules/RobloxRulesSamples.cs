using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class RobloxRulesSamples
{
    private static readonly string Cookie = FakeKey.Random("0123456789ABCDEF", 600, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("roblox-security-cookie", "a bot's cookie", $"ROBLOX_COOKIE = \"_|WARNING:-DO-NOT-SHARE-THIS.--Sharing-this-will-allow-someone-to-log-in-as-you-and-to-steal-your-ROBUX-and-items.|_{Cookie}\"", Cookie)
        .Ignores("roblox-security-cookie", "the warning alone", "_|WARNING:-DO-NOT-SHARE-THIS.--Sharing-this-will-allow-someone-to-log-in-as-you-and-to-steal-your-ROBUX-and-items.|_");
}
