using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class PlivoRulesSamples
{
    private static readonly string AuthId = FakeKey.Of("MA", FakeKey.Random(TestKeys.UpperAlphanumeric, 18, 1));

    // Base 64 of 30 hex digits, without padding.
    private static readonly string AuthToken = FakeKey.Base64Of(FakeKey.Random(FakeKey.Hex, 30, 2));

    // Base 64 of 30 characters, one of them not a hex digit: the pattern's shape, not an auth token.
    private static readonly string NotHex = FakeKey.Base64Of(FakeKey.Of(FakeKey.Random(FakeKey.Hex, 1, 3), "z", FakeKey.Random(FakeKey.Hex, 28, 4)));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("plivo-auth-token", "the Python client", $"import plivo\np = plivo.RestAPI('{AuthId}', '{AuthToken}')", AuthToken)
        .FindsIn("plivo-auth-token", ".NET's client", $"var api = new PlivoApi(\"{AuthId}\", \"{AuthToken}\");", AuthToken)
        .Finds("plivo-auth-token", AuthToken, "PLIVO_AUTH_TOKEN")
        .Ignores("plivo-auth-token", "base 64 of other characters", $"plivo: {NotHex}")
        .Ignores("plivo-auth-token", "no Plivo near", $"value: {AuthToken}");
}
