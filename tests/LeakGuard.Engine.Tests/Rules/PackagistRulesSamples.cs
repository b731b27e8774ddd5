using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class PackagistRulesSamples
{
    private static readonly string PackagistTokenKey = TestKeys.WithHexCrc32(FakeKey.Of("packa", "gist_", "uut_", FakeKey.Random(FakeKey.Hex, 60, 1)), upperCase: false);

    private static readonly string LegacyToken = FakeKey.Random(FakeKey.Hex, 60, 2);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("packagist-token", PackagistTokenKey, "API_KEY")
        .Ignores("packagist-token", "one character short", $"value: {PackagistTokenKey[..^1]}")
        .Ignores("packagist-token", "embedded in a longer token", "value: Q" + PackagistTokenKey)
        .Ignores("packagist-token", "a checksum that does not match, as in the docs' example", $"value: {PackagistTokenKey[..^8]}{FakeKey.Random(FakeKey.Hex, 8, 3)}")
        .FindsIn("packagist-legacy-token", "auth.json's http-basic entry", $"{{ \"http-basic\": {{ \"repo.packagist.com\": {{ \"username\": \"token\", \"password\": \"{LegacyToken}\" }} }} }}", LegacyToken)
        .Ignores("packagist-legacy-token", "no Packagist context", $"\"sha\": \"{LegacyToken}\"")
        .Ignores("packagist-legacy-token", "one hex digit short", $"repo.packagist.com password {LegacyToken[..^1]}");
}
