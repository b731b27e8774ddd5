using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class OkxRulesSamples
{
    private static readonly string Key = FakeKey.Random(TestKeys.UpperHex, 32, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("okx-api-secret", Key, "OKX_SECRET_KEY")
        .FindsIn("okx-api-secret", "a .env file", $"OKX_API_KEY={Key[..8].ToLowerInvariant()}-1c2d-4e5f-8a9b-{FakeKey.Random(FakeKey.Hex, 12, 2)}\nOKX_SECRET_KEY={Key}\nOKX_PASSPHRASE=${{OKX_PASSPHRASE}}\n", Key)
        .Ignores("okx-api-secret", "no OKX named", $"value: {Key}");
}
