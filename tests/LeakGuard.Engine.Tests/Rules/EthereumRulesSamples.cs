using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class EthereumRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Hex, 64, 1);

    private static readonly string PrefixedKey = FakeKey.Of("0x", FakeKey.Random(FakeKey.Hex, 64, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("ethereum-private-key", Key, "PRIVATE_KEY")
        .FindsIn("ethereum-private-key", "Nethereum's EthECKey", $"var key = new EthECKey(\"{PrefixedKey}\");", PrefixedKey)
        .Ignores("ethereum-private-key", "the account of Nethereum's test chain, in every README of it", $"using Nethereum.Web3.Accounts;\nvar account = new Account(\"{FakeKey.Of("0xb5b1870957d373ef", "0eeffecc6e4812c0fd08f5", "54b37b233526acc331bf1544f7")}\");")
        .Ignores("ethereum-private-key", "the key of Nethereum's signing examples", $"var key = new EthECKey(\"{FakeKey.Of("94e001d6adf3a3275d5d", "d45971c2a5f6637d3e9c51", "f9693f2e678f649e164fa5")}\");")
        .FindsIn("ethereum-private-key", "Hardhat's network accounts", $"networks: {{\n    sepolia: {{\n      url: SEPOLIA_URL,\n      accounts: [\"{PrefixedKey}\"],\n    }},\n  }},", PrefixedKey)
        .FindsIn("ethereum-private-key", "an ethers.js wallet's key", $"const DEPLOYER_KEY = '{PrefixedKey}';\nconst wallet = new ethers.Wallet(DEPLOYER_KEY, provider);", PrefixedKey)
        .Ignores("ethereum-private-key", "Hardhat's first test account", $"PRIVATE_KEY={FakeKey.Of("0x", "ac0974bec39a17e36ba4a6b4d238ff94", "4bacb478cbed5efcae784d7bf4f2ff80")}")
        .Ignores("ethereum-private-key", "Ganache's first deterministic account", $"accounts: [\"{FakeKey.Of("0x", "4f3edf983ac636a65a842ce7c78d9aa7", "06d3b113bce9c46f30d7d21715b23b1d")}\"]")
        .Ignores("ethereum-private-key", "the Sidewalk key of the AWS CLI's bundled examples", $"    --sidewalk AppServerPrivateKey=\"{FakeKey.Of("f798ab4899346a88599180fee9e14fa1", "ada7b6df989425b7c6d2146dd6c815bb")}\"")
        .FindsIn("ethereum-private-key", "web3.py's account from the key", $"account = w3.eth.account.from_key('{PrefixedKey}')", PrefixedKey)
        .FindsIn("ethereum-private-key", "Nethereum's account", $"var account = new Nethereum.Web3.Accounts.Account(\"{PrefixedKey}\", Chain.MainNet);", PrefixedKey)
        .FindsIn("ethereum-private-key", "go-ethereum's HexToECDSA", $"privateKey, err := crypto.HexToECDSA(\"{Key}\")", Key)
        .FindsIn("ethereum-private-key", "Foundry's command line", $"forge script script/Deploy.s.sol --rpc-url $RPC --private-key {PrefixedKey} --broadcast", PrefixedKey)
        .Ignores("ethereum-private-key", "a transaction hash passed to a call", $"const receipt = await provider.getTransactionReceipt(\"{PrefixedKey}\");")
        .Ignores("ethereum-private-key", "a transaction hash", $"tx_hash = \"{PrefixedKey}\"")
        .Ignores("ethereum-private-key", "a key from the environment", "accounts: [process.env.PRIVATE_KEY],")
        .FindsIn("generic-secret", "one digit short: only the generic rule", $"private_key = \"{Key[..^1]}\"", Key[..^1]);
}
