using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class EthereumRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Hex, 64, 1);

    private static readonly string PrefixedKey = FakeKey.Of("0x", FakeKey.Random(FakeKey.Hex, 64, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("ethereum-private-key", Key, "PRIVATE_KEY")
        .FindsIn("ethereum-private-key", "Hardhat's network accounts", $"networks: {{\n    sepolia: {{\n      url: SEPOLIA_URL,\n      accounts: [\"{PrefixedKey}\"],\n    }},\n  }},", PrefixedKey)
        .FindsIn("ethereum-private-key", "an ethers.js wallet's key", $"const DEPLOYER_KEY = '{PrefixedKey}';\nconst wallet = new ethers.Wallet(DEPLOYER_KEY, provider);", PrefixedKey)
        .Ignores("ethereum-private-key", "Hardhat's first test account", $"PRIVATE_KEY={FakeKey.Of("0x", "ac0974bec39a17e36ba4a6b4d238ff94", "4bacb478cbed5efcae784d7bf4f2ff80")}")
        .Ignores("ethereum-private-key", "a transaction hash", $"tx_hash = \"{PrefixedKey}\"")
        .Ignores("ethereum-private-key", "a key from the environment", "accounts: [process.env.PRIVATE_KEY],")
        .FindsIn("generic-secret", "one digit short: only the generic rule", $"private_key = \"{Key[..^1]}\"", Key[..^1]);
}
