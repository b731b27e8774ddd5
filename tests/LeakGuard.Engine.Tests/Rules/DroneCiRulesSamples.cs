using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class DroneCiRulesSamples
{
    private static readonly string DroneciAccessToken = FakeKey.Random(FakeKey.Base62, 32, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("droneci-access-token", DroneciAccessToken, "DRONE_TOKEN")
        .FindsIn("droneci-access-token", "Terraform's provider", $"provider \"drone\" {{\n  server = \"https://ci.example.test\"\n  token  = \"{DroneciAccessToken}\"\n}}", DroneciAccessToken)
        .FindsIn("droneci-access-token", "drone-go's client", $"const token = \"{DroneciAccessToken}\"\nclient := drone.NewClient(host, oauth2.NewClient(ctx, config.TokenSource(ctx, &oauth2.Token{{AccessToken: token}})))", DroneciAccessToken)
        .Ignores("droneci-access-token", "no droneci context", $"\"checksum\": \"{DroneciAccessToken}\"")
        .Ignores("droneci-access-token", "one character short", $"droneci: {DroneciAccessToken[..^1]}");
}
