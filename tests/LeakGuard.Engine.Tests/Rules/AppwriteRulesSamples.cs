using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class AppwriteRulesSamples
{
    private static readonly string Key = FakeKey.Of("stan", "dard_", FakeKey.Random(FakeKey.Hex, 256, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("appwrite-api-key", "the Node SDK's client", $"const client = new Client()\n    .setEndpoint('https://fra.cloud.appwrite.io/v1')\n    .setProject('{FakeKey.Random(FakeKey.Hex, 20, 2)}')\n    .setKey('{Key}');", Key)
        .Finds("appwrite-api-key", Key, "APPWRITE_API_KEY")
        .Ignores("appwrite-api-key", "one hex digit short", $"value: {Key[..^1]}")
        .Ignores("appwrite-api-key", "a test fixture's short key", "client.setKey('standard_abc123');");
}
