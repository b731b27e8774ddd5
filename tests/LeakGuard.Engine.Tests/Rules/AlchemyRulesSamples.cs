using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class AlchemyRulesSamples
{
    private static readonly string Key = FakeKey.Of("bti", FakeKey.Random(FakeKey.UrlSafe, 26, 3), "Yj7");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("alchemy-api-key", "a Next.js .env.local", $"NEXT_PUBLIC_APP_NAME=Mintly\nALCHEMY_API_KEY={Key}\nALCHEMY_NETWORK=eth-mainnet\n", Key)
        .FindsIn("alchemy-api-key", "the SDK's settings", $"const alchemy = new Alchemy({{ alchemyApiKey: \"{Key}\", network: Network.ETH_MAINNET }});", Key)
        .Ignores("alchemy-api-key", "the network's name and a variable", "ALCHEMY_NETWORK=eth-mainnet\nconst alchemy = new Alchemy({ apiKey: process.env.ALCHEMY_API_KEY });");
}
