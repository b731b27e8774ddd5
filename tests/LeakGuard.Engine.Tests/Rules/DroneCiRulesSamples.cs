using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class DroneCiRulesSamples
{
    private static readonly string DroneciAccessToken = FakeKey.Random(FakeKey.Base62, 32, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("droneci-access-token", DroneciAccessToken, "DRONE_TOKEN")
        .Ignores("droneci-access-token", "no droneci context", $"\"checksum\": \"{DroneciAccessToken}\"")
        .Ignores("droneci-access-token", "one character short", $"droneci: {DroneciAccessToken[..^1]}");
}
