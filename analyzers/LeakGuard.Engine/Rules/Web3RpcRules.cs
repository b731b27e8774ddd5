using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class Web3RpcRules
{
    private static readonly Remediation Remediation = new("https://app.infura.io", "Blockchain:RpcUrl", "WEB3_RPC_URL");

    // The key in a blockchain RPC endpoint's URL (Alchemy's NFT API's too): Infura's project id, Alchemy's API key, QuickNode's token. Requests are
    // billed to the account; front ends ship such URLs on purpose, so the rule is of medium confidence.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "web3-rpc-url-key",
            "Web3 RPC providers",
            "Infura, Alchemy or QuickNode key in an RPC URL",
            "(?i)(?:[a-z0-9-]{1,63}\\.infura\\.io/(?:ws/)?v3/(?<secret>[0-9a-f]{32})|[a-z0-9-]{1,63}\\.(?:g\\.alchemy\\.com|alchemyapi\\.io)/(?:v2|nft/v[23])/(?<secret>[A-Za-z0-9_-]{32})|[a-z0-9.-]{1,120}\\.quiknode\\.pro/(?<secret>[0-9a-f]{40}))(?:$|[^A-Za-z0-9_-])",
            new[] { "infura.io/", "alchemy.com/v2/", "alchemy.com/nft/", "alchemyapi.io/v2/", "alchemyapi.io/nft/", "quiknode.pro/" },
            Remediation)
        {
            MinEntropy = 3,
            Confidence = Confidence.Medium,
        },
    };
}
