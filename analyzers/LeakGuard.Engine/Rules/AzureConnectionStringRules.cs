using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

/// <summary>
/// Connection strings of Azure services that ASP.NET Core apps keep in appsettings.json, each carrying an access key
/// after the service's own host name: App Configuration, SignalR, Web PubSub, Communication Services and Azure Cache
/// for Redis. The host names the service, so the key (base 64, usually of 32 bytes) needs no other context.
/// </summary>
internal static class AzureConnectionStringRules
{
    private const string Key = "(?<secret>[A-Za-z0-9+/]{40,120}={0,2})(?:$|[^A-Za-z0-9+/=])";

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        Rule(
            "azure-app-configuration-connection-string",
            "Azure App Configuration connection string with its access key secret",
            "Endpoint=https://[A-Za-z0-9-]{1,64}\\.azconfig\\.io/?;Id=[^;\"'\\s]{1,128};Secret=" + Key,
            new[] { "azconfig.io" },
            AzurePortal.Resources("Microsoft.AppConfiguration%2FconfigurationStores", "ConnectionStrings:AppConfig", "ConnectionStrings__AppConfig", wholeString: true)),
        Rule(
            "azure-signalr-connection-string",
            "Azure SignalR Service connection string with its access key",
            "(?i)endpoint=https?://[a-z0-9-]{1,64}\\.service\\.signalr\\.net(?::[0-9]{1,5})?/?;(?:[a-z]{1,20}=[^;\"'\\s]{0,100};){0,3}accesskey=(?-i)" + Key,
            new[] { "service.signalr.net" },
            AzurePortal.Resources("Microsoft.SignalRService%2FSignalR", "Azure:SignalR:ConnectionString", "Azure__SignalR__ConnectionString", wholeString: true)),
        Rule(
            "azure-web-pubsub-connection-string",
            "Azure Web PubSub connection string with its access key",
            "(?i)endpoint=https?://[a-z0-9-]{1,64}\\.webpubsub\\.azure\\.com(?::[0-9]{1,5})?/?;(?:[a-z]{1,20}=[^;\"'\\s]{0,100};){0,3}accesskey=(?-i)" + Key,
            new[] { "webpubsub.azure.com" },
            AzurePortal.Resources("Microsoft.SignalRService%2FWebPubSub", "WebPubSub:ConnectionString", "WebPubSub__ConnectionString", wholeString: true)),
        Rule(
            "azure-communication-services-connection-string",
            "Azure Communication Services connection string with its access key",
            "(?i)endpoint=https://[a-z0-9-]{1,64}\\.(?:[a-z]{2,20}\\.)?communication\\.azure\\.com/?;accesskey=(?-i)" + Key,
            new[] { "communication.azure.com" },
            AzurePortal.Resources("Microsoft.Communication%2FCommunicationServices", "ConnectionStrings:Communication", "COMMUNICATION_SERVICES_CONNECTION_STRING", wholeString: true)),

        // StackExchange.Redis options: the host, then options in any order, one of them the password (an access key).
        Rule(
            "azure-redis-connection-string",
            "Azure Cache for Redis connection string with its access key",
            "[A-Za-z0-9-]{1,63}\\.(?:redis\\.cache\\.windows\\.net|redisenterprise\\.cache\\.azure\\.net|[a-z0-9]{2,20}\\.redis\\.azure\\.net)(?::[0-9]{2,5})?,(?:[A-Za-z]{1,30}=[^,\"'\\s]{0,100},){0,8}password=" + Key,
            new[] { "redis.cache.windows.net", "redisenterprise.cache.azure.net", "redis.azure.net" },
            AzurePortal.Resources("Microsoft.Cache%2FRedis", "ConnectionStrings:Redis", "ConnectionStrings__Redis", wholeString: true)),

        // The same access key given to a client beside the cache's host name rather than in a StackExchange.Redis
        // string: Microsoft's Python quickstart, redis.StrictRedis(host='x.redis.cache.windows.net', port=6380,
        // password='…'), and the Node and Go clients' options. Keys made before the identifiable format ("AzCa") have no
        // signature of their own.
        ContextGatedRule.Create(
            "azure-redis-access-key",
            "Azure",
            "Azure Cache for Redis access key (44-character base 64 under a password's or key's name, next to the cache's host name)",
            Patterns.AssignedTo("(?:pass(?:word)?|access[_-]?key|primary[_-]?key|redis[_-]?key)", "[A-Za-z0-9+/]{43}=", Patterns.Base64),
            new[] { "redis.cache.windows.net", "redisenterprise.cache.azure.net", "redis.azure.net" },
            AzurePortal.Resources("Microsoft.Cache%2FRedis", "Redis:Password", "REDIS_PASSWORD"),
            minEntropy: 4),
    };

    private static SecretRule Rule(string id, string description, string pattern, string[] keywords, Remediation remediation) =>
        new(id, "Azure", description, pattern, keywords, remediation)
        {
            MinEntropy = 4,
        };
}
