using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class IntercomRulesSamples
{
    private static readonly string IntercomAccessTokenKey = FakeKey.Of(FakeKey.Random(FakeKey.Base64, 59, 1), "=");

    // Base 64 of "tok:", a GUID with underscores and ":1:0", as Intercom issues them.
    private static readonly string IntercomToken = FakeKey.Base64Of(
        "tok:" + FakeKey.Random(FakeKey.Hex, 8, 2) + "_" + FakeKey.Random(FakeKey.Hex, 4, 3) + "_" + FakeKey.Random(FakeKey.Hex, 4, 4) + "_" + FakeKey.Random(FakeKey.Hex, 4, 5) + "_" + FakeKey.Random(FakeKey.Hex, 12, 6) + ":1:0");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("intercom-access-token", IntercomAccessTokenKey, "INTERCOM_ACCESS_TOKEN")
        .Ignores("intercom-access-token", "no intercom context", $"\"checksum\": \"{IntercomAccessTokenKey}\"")
        .Ignores("intercom-access-token", "one character short", $"intercom: {IntercomAccessTokenKey[..^1]}")
        .FindsIn("intercom-identifiable-access-token", "a bearer header without the word Intercom", $"requests_wrapper = RequestsWrapper(headers={{'Authorization': 'Bearer {IntercomToken}'}})", IntercomToken)
        .FindsIn("intercom-identifiable-access-token", "without its padding", $"// token: {IntercomToken.TrimEnd('=')}", IntercomToken.TrimEnd('='))
        .Ignores("intercom-identifiable-access-token", "one character short", $"\"checksum\": \"{IntercomToken[..^2]}=\"");
}
