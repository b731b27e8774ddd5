using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class Web3RpcRulesSamples
{
    private static readonly string InfuraId = FakeKey.Random(FakeKey.Hex, 32, 1);

    private static readonly string AlchemyKey = FakeKey.Random(FakeKey.UrlSafe, 32, 2);

    private static readonly string LowEntropyId = FakeKey.Of("d1", FakeKey.Random("0123456789abcdef", 30, 9).Replace('e', '1').Replace('f', '0'));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("web3-rpc-url-key", "an Infura endpoint", $"const provider = new ethers.JsonRpcProvider(\"https://mainnet.infura.io/v3/{InfuraId}\");", InfuraId)
        .FindsIn("web3-rpc-url-key", "an Alchemy endpoint", $"ETH_RPC_URL=https://eth-mainnet.g.alchemy.com/v2/{AlchemyKey}\n", AlchemyKey)
        .Ignores("web3-rpc-url-key", "a variable in the URL", "https://mainnet.infura.io/v3/${INFURA_PROJECT_ID}")
        .FindsIn("web3-rpc-url-key", "an Infura id of low entropy, as a third of them have", $"INFURA_URL=https://mainnet.infura.io/v3/{LowEntropyId}\n", LowEntropyId)
        .FindsIn("web3-rpc-url-key", "Infura's WebSocket endpoint", $"wss://mainnet.infura.io/ws/v3/{InfuraId}", InfuraId)
        .FindsIn("web3-rpc-url-key", "Alchemy's legacy host", $"const web3 = new Web3('https://eth-mainnet.alchemyapi.io/v2/{AlchemyKey}');", AlchemyKey)
        .FindsIn("web3-rpc-url-key", "Alchemy's NFT API", $"var url = $\"https://eth-mainnet.g.alchemy.com/nft/v3/{AlchemyKey}/getNFTsForOwner?owner={{owner}}\";", AlchemyKey);
}
