using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class VonageRulesSamples
{
    private static readonly string Secret = FakeKey.Random(FakeKey.Base62, 16, 1);

    private static readonly string HexSecret = FakeKey.Random(FakeKey.Hex, 16, 3);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("vonage-api-secret", Secret, "VONAGE_API_SECRET")
        .FindsIn("vonage-api-secret", "Laravel's .env", $"NEXMO_KEY=a1b2c3d4\nNEXMO_SECRET={Secret}\n", Secret)
        .FindsIn("vonage-api-secret", ".NET's credentials, by position", $"using Vonage;\nvar credentials = Credentials.FromApiKeyAndSecret(\"a1b2c3d4\", \"{Secret}\");", Secret)
        .FindsIn("vonage-api-secret", "Java's builder", $"VonageClient client = VonageClient.builder().apiKey(\"a1b2c3d4\").apiSecret(\"{Secret}\").build();", Secret)
        .FindsIn("generic-secret", "no Vonage near: only the generic rule", $"secret = \"{Secret}\"", Secret)
        .FindsIn("vonage-api-secret", "Nexmo's older secret of 16 hex digits", $"client = nexmo.Client(key='{FakeKey.Random(FakeKey.Hex, 8, 4)}', secret='{HexSecret}')", HexSecret)
        .Ignores("vonage-api-secret", "letters only", $"vonage_secret: {FakeKey.Random(TestKeys.Letters, 16, 2)}");
}
