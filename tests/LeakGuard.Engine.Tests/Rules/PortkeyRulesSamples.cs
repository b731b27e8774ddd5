using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class PortkeyRulesSamples
{
    private static readonly string PortkeyApiKeyKey = FakeKey.Of(FakeKey.Random(FakeKey.Base64, 32, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("portkey-api-key", PortkeyApiKeyKey, "PORTKEY_API_KEY")
        .Ignores("portkey-api-key", "no portkey context", $"\"checksum\": \"{PortkeyApiKeyKey}\"")
        .Ignores("portkey-api-key", "one character short", $"portkey: {PortkeyApiKeyKey[..^1]}")
        .FindsIn("portkey-api-key", "a current key of 28 characters", $"os.environ[\"PORTKEY_API_KEY\"] = \"{PortkeyApiKeyKey[..28]}\"", PortkeyApiKeyKey[..28])
        .Ignores("portkey-api-key", "27 characters", $"portkey: {PortkeyApiKeyKey[..27]}");
}
