using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class DefinedNetworkingRulesSamples
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    private static readonly string Key = FakeKey.Of("dnkey", "-", FakeKey.Random(Alphabet, 26, 1), "-", FakeKey.Random(Alphabet, 52, 2));

    private static readonly string UpperKey = FakeKey.Of("dnkey", "-", FakeKey.Random(FakeKey.UpperBase32, 26, 3), "-", FakeKey.Random(FakeKey.UpperBase32, 52, 4));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("defined-networking-api-token", Key, "DN_API_KEY")
        .FindsIn("defined-networking-api-token", "upper-case base 32", $"DN_API_KEY={UpperKey}", UpperKey)
        .FindsIn("defined-networking-api-token", "a curl call", $"curl -H \"Authorization: Bearer {Key}\" https://api.defined.net/v1/hosts", Key)
        .Ignores("defined-networking-api-token", "second part too short", $"value: {Key[..^1]}")
        .Ignores("defined-networking-api-token", "letters only", $"value: dnkey-{FakeKey.Random("abcdefghijklmnopqrstuvwxyz", 26, 3)}-{FakeKey.Random("abcdefghijklmnopqrstuvwxyz", 52, 4)}");
}
