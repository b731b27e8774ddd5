using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class MercadoPagoRulesSamples
{
    private static readonly string Key = FakeKey.Of("APP", "_USR-", FakeKey.Random("0123456789", 16, 11), "-", FakeKey.Random("0123456789", 6, 12), "-", FakeKey.Random(FakeKey.Hex, 32, 13), "-", FakeKey.Random("0123456789", 9, 14));

    private static readonly string SandboxToken = FakeKey.Of("TEST", "-", FakeKey.Random("0123456789", 16, 16), "-", FakeKey.Random("0123456789", 6, 17), "-", FakeKey.Random(FakeKey.Hex, 32, 18), "-", FakeKey.Random("0123456789", 9, 19));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("mercadopago-access-token", Key, "MERCADOPAGO_ACCESS_TOKEN")
        .Ignores("mercadopago-access-token", "the public key", $"MERCADOPAGO_PUBLIC_KEY=APP_USR-{TestKeys.Uuid(15)}")
        .FindsIn("mercadopago-access-token", "a sandbox token given to the SDK", $"const client = new MercadoPagoConfig({{ accessToken: '{SandboxToken}' }});\n", SandboxToken);
}
