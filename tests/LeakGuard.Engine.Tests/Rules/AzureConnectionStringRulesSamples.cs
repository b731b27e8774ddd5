using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class AzureConnectionStringRulesSamples
{
    private static readonly string Key = AccessKey(1);

    // Without digits, so that the generic rule (which wants some) stays out of the samples of where the key is.
    private static readonly string LettersOnly = FakeKey.Of(FakeKey.Random(TestKeys.Letters, 43, 7), "=");

    private static readonly string LongKey = FakeKey.Of(FakeKey.Random(FakeKey.Base64, 86, 2), "==");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("azure-app-configuration-connection-string", "appsettings.json", $"\"AppConfig\": \"Endpoint=https://contoso-config.azconfig.io;Id=Ab1c-l0-s0:Xy9Zk2LmNo3PqRsT;Secret={Key}\"", Key)
        .FindsIn("azure-signalr-connection-string", "the SDK's configuration key", $"\"Azure:SignalR:ConnectionString\": \"Endpoint=https://contoso.service.signalr.net;AccessKey={Key};Version=1.0;\"", Key)
        .FindsIn("azure-signalr-connection-string", "with a port", $"Endpoint=https://contoso.service.signalr.net:443;AccessKey={AccessKey(3)};Version=1.0;", AccessKey(3))
        .FindsIn("azure-web-pubsub-connection-string", "C#", $"var connection = \"Endpoint=https://contoso.webpubsub.azure.com;AccessKey={Key};Version=1.0;\";", Key)
        .FindsIn("azure-web-pubsub-connection-string", "written in lower case", $"WEBPUBSUB=endpoint=https://contoso.webpubsub.azure.com;accesskey={Key};version=1.0;", Key)
        .FindsIn("azure-signalr-connection-string", "written in lower case", $"endpoint=https://contoso.service.signalr.net;accesskey={Key};version=1.0;", Key)
        .FindsIn("azure-communication-services-connection-string", ".env", $"COMMUNICATION_SERVICES_CONNECTION_STRING=endpoint=https://contoso.communication.azure.com/;accesskey={LongKey}", LongKey)
        .FindsIn("azure-communication-services-connection-string", "a regional endpoint, capitalised", $"Endpoint=https://contoso.europe.communication.azure.com/;AccessKey={LongKey}", LongKey)
        .FindsIn("azure-redis-connection-string", "StackExchange.Redis options", $"\"Redis\": \"contoso.redis.cache.windows.net:6380,password={Key},ssl=True,abortConnect=False\"", Key)
        .FindsIn("azure-redis-connection-string", "the password after other options", $"contoso.redis.cache.windows.net:6380,ssl=True,abortConnect=False,password={AccessKey(4)}", AccessKey(4))
        .FindsIn("azure-redis-connection-string", "Azure Managed Redis", $"contoso.eastus.redis.azure.net:10000,password={AccessKey(5)},ssl=True", AccessKey(5))
        .FindsIn("azure-redis-access-key", "redis-py with the cache's host name", $"r = redis.StrictRedis(host='contoso.redis.cache.windows.net',\n        port=6380, password='{LettersOnly}', ssl=True)", LettersOnly)
        .Ignores("azure-redis-access-key", "another Redis host", $"r = redis.StrictRedis(host='cache.example.test', port=6380, password='{LettersOnly}', ssl=True)")
        .Ignores("azure-signalr-connection-string", "the local emulator", "Endpoint=http://localhost;Port=8999;AccessKey=" + LettersOnly + ";Version=1.0;")
        .Ignores("azure-communication-services-connection-string", "another host", $"endpoint=https://contoso.example-communication.net/;accesskey={LettersOnly}")
        .Ignores("azure-app-configuration-connection-string", "a variable", "Endpoint=https://contoso-config.azconfig.io;Id=Ab1c-l0-s0:Xy9Zk2LmNo3PqRsT;Secret=${APP_CONFIGURATION_SECRET}")
        .Ignores("azure-redis-connection-string", "no password", "contoso.redis.cache.windows.net:6380,ssl=True,abortConnect=False")
        .Ignores("azure-redis-connection-string", "a placeholder", "contoso.redis.cache.windows.net:6380,password=<your-access-key-from-the-azure-portal>,ssl=True")
        .Ignores("azure-web-pubsub-connection-string", "a repeated character", $"Endpoint=https://contoso.webpubsub.azure.com;AccessKey={new string('A', 43)}=;Version=1.0;");

    /// <summary>An access key as the portal shows it: base 64 of 32 bytes.</summary>
    private static string AccessKey(int seed) => FakeKey.Of(FakeKey.Random(FakeKey.Base64, 43, seed), "=");
}
