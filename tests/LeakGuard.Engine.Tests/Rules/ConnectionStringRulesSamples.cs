using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ConnectionStringRulesSamples
{
    private static readonly string Password = FakeKey.Of("Tq7", "#v2", FakeKey.Random(FakeKey.Base62, 10));

    private static readonly string LocalPassword = FakeKey.Random(FakeKey.Base62, 16, 7) + "#";

    private static readonly string SymbolPassword = FakeKey.Of("=FgB", "Ga)>:Gc-U>", "#gL@~1");

    private static readonly string WeakPassword = FakeKey.Of("29", "88");

    private static readonly string WordsPassword = FakeKey.Of("Welcome", "Home", "Again");

    private static readonly string PercentPassword = FakeKey.Random(FakeKey.Base62, 10, 90);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("connection-string-password", "SQL Server", $"Server=tcp:db.contoso.net,1433;Database=app;User Id=app;Password={Password};Encrypt=True;", Password)
        .FindsIn("connection-string-password", "libpq's key/value string in Go", $"dsn := \"host=pg-main port=5432 user=ledger password={Password} dbname=ledger sslmode=require\"", Password)
        .Ignores("connection-string-password", "keyword arguments' defaults", "def setdefaultproxy(proxytype=None, addr=None, port=None, rdns=True, username=None, password=None):")
        .Ignores("connection-string-password", "libpq's key/value string given a variable", "dsn := fmt.Sprintf(\"host=%s user=%s password=%s dbname=%s\", host, user, pw, db)")
        .FindsIn("connection-string-password", "a publish profile's parameter value, the element closing after it", $"<ParameterValue>Data Source=tcp:db.contoso.net,1433;Initial Catalog=Shop;User ID=deploy;Password={Password}</ParameterValue>", Password)
        .FindsIn("connection-string-password", "a C# verbatim string, one setting a line", $"private static readonly string Archive = @\"Server=NWSQL03;\nDatabase=Archive;\nUser Id=archiver;\nPassword={Password};\";", Password)
        .FindsIn("connection-string-password", "Pwd in appsettings.json", $"\"Default\": \"Host=pg.internal;Username=svc;Pwd={Password}\"", Password)
        .Ignores("connection-string-password", "a placeholder in square brackets", "<connectionString value=\"Data Source=[databaseServer];Initial Catalog=[databaseName];User ID=[user];Password=[password]\" />")
        .Ignores("connection-string-password", "an Octopus variable", "\"Default\": \"Server=tcp:shop.database.windows.net;Database=shop;User ID=shop;Password=#{DB_PASSWORD}#;\"")
        .Ignores("connection-string-password", ".NET Aspire's manifest expression", "\"connectionString\": \"Server={sql.bindings.tcp.host},{sql.bindings.tcp.port};User ID=sa;Password={sql-password.value};TrustServerCertificate=true\"")
        .Ignores("connection-string-password", "RFC 6749's password grant example", "grant_type=password&amp;username=johndoe&amp;password=A3ddj3w")
        .FindsIn("connection-string-password", "a quoted value written inside a JSON string", $"\"DefaultConnection\": \"Server=db24241.databaseasp.net; Database=app; User Id=app; Password=\\\"{Password}\\\"; Encrypt=False;\"", Password)
        .FindsIn("connection-string-password", "a backslash inside the password", $"Server=db.contoso.net;Database=app;User Id=app;Password=Ab\\cd{Password};", $"Ab\\cd{Password}")
        .FindsIn("connection-string-password", "a generated password with a lone angle bracket", $"Server=localhost,1433;Database=Au5Db;User Id=sa;Password={SymbolPassword};TrustServerCertificate=true", SymbolPassword)
        .FindsIn("connection-string-password", "last element", $"Data Source=.;Initial Catalog=Shop;User ID=sa;Password={Password}", Password)
        .FindsIn("connection-string-password", "spaces after the separators", $"Server=.; Database=app; User Id=sa; Password={Password}; Encrypt=True", Password)
        .Ignores("connection-string-password", "an ellipsis escaped as JSON writers write it", "\"Db\": \"Server=db;Database=shop;User Id=shop;Password=\\u2026;\"")
        .Ignores("connection-string-password", "the docs' placeholder", "\"Default\": \"Server=myServerAddress;Database=myDataBase;User Id=myUsername;Password=myPassword;\"")
        .Ignores("connection-string-password", "a placeholder written as a constant", "\"Default\": \"Server=db.example.test;Database=loja;User Id=app;Password=SUA_SENHA;\"")
        .Ignores("connection-string-password", "three characters", "\"Default\": \"Server=db.example.test;Database=shop;User Id=app;Password=xyz;\"")
        .Ignores("connection-string-password", "a compose file's password named after its database", "ConnectionStrings__Orders=Host=db;Database=orders;Username=orders;Password=orders_pw")
        .Ignores("connection-string-password", "an ellipsis in documentation", "Server=db;Database=shop;User Id=shop;Password=" + '\u2026' + ";")
        .Ignores("connection-string-password", "passwords of examples", "Server=localhost,1433;Database=shop;User Id=sa;Password=Password1!;TrustServerCertificate=True")
        .Ignores("connection-string-password", "the same in a SQL container's example", "Server=localhost,1433;Database=shop;User Id=sa;Password=pa55word!;")
        .Ignores("connection-string-password", "a database's default password", "Database=employee.fdb;User=SYSDBA;Password=masterkey")
        .Ignores("connection-string-password", "the eShop samples' SQL Server password", "Server=sqldata;Database=Microsoft.eShopOnContainers.Services.CatalogDb;User Id=sa;Password=Pass@word")
        .Ignores("connection-string-password", "a weak password for the local PostgreSQL", "optionsBuilder.UseNpgsql(\"Host=localhost;Database=mydb;Username=dev;Password=2988\");")
        .Ignores("connection-string-password", "digits only, for the local default instance", "\"Data Source=.;Initial Catalog=OES;User Id=sa;Password=1252068782; \"")
        .Ignores("connection-string-password", "the password before a LocalDB server", "\"Password=rootpw;Server=(localdb)\\\\MSSQLLocalDB;Database=shop\"")
        .Ignores("connection-string-password", "the same in JSON inside a C# string, the backslash escaped twice", @"var json = ""{\""Db\"": \""Password=rootpw;Server=(localdb)\\\\MSSQLLocalDB\""}"";")
        .FindsIn("connection-string-password", "a strong password on localhost is still reported", $"\"Server=localhost,1433;Database=shop;User Id=sa;Password={LocalPassword};\"", LocalPassword)
        .FindsIn("connection-string-password", "a weak password on another server is still reported", $"\"Server=db.contoso.net;Database=shop;User Id=sa;Password={WeakPassword};\"", WeakPassword)
        .Ignores("connection-string-password", "empty", "Server=.;Database=app;User Id=sa;Password=;")
        .Ignores("connection-string-password", "format placeholder", "Server=.;Database=app;User Id=sa;Password={password};")
        .Ignores("connection-string-password", "MSBuild property", "Server=.;Database=app;User Id=sa;Pwd=$(DbPassword)")
        .Ignores("connection-string-password", "environment variable", "Server=.;Database=app;User Id=sa;Password=%DB_PASSWORD%")
        .FindsIn("connection-string-password", "a password that starts with '%'", $"Server=sql.contoso.net;Database=app;User Id=app;Password=%{PercentPassword};", "%" + PercentPassword)
        .Ignores("connection-string-password", "Python's named placeholder", "dsn = \"host=db.contoso.net dbname=app user=app;password=%(db_password)s\" % settings")
        .Ignores("connection-string-password", "angle brackets", "Server=.;Database=app;User Id=sa;Password=<password>;")
        .Ignores("connection-string-password", "placeholder words", "Server=.;Database=app;User Id=sa;Password=your_password;")
        .Ignores("connection-string-password", "the word password", "Server=.;Database=app;User Id=sa;Password=password;")
        .Ignores("connection-string-password", "no connection string around", $"Password={Password} alone is no connection string")
        .Ignores("connection-string-password", "code assigning a password", "const host = 'db';\nconst password = await read.password('Password:', creds.password)")
        .FindsIn("connection-string-password", "spaces around every '='", $"var conn = new SqlConnection(\"Data Source = db.contoso.net; Initial Catalog = Shop; User Id = app; Password = {Password};\");", Password)
        .FindsIn("connection-string-password", "a quoted value with spaces", $"new MySqlConnection(@\" Server = mysql.contoso.net; Database = shop; Uid = shop; Password = '{Password}'\")", Password)
        .FindsIn("connection-string-password", "an escaped quote around the value", $"new SqlConnection(\"Data Source = SQL01; User ID = sa; Password = \\\"{Password}\\\"\")", Password)
        .FindsIn("connection-string-password", "ODBC's braces", $"_T(\"DRIVER=SQL Server;SERVER=db01;DATABASE=test;UID=svc;PWD={{{Password}}};Timeout=30\")", Password)
        .FindsIn("connection-string-password", "the last setting, before the string ends", $"ibm_db.connect(\"DATABASE=bludb;HOSTNAME = db.example.test;PORT = 31249;UID = svc;PWD = {Password}\",\"\",\"\")", Password)
        .Ignores("connection-string-password", "a format item in braces", "string.Format(\"Server={0};Database={1};User Id={2};Password={3}\", host, db, user, pw)")
        .Ignores("connection-string-password", "a password named after itself in braces", "\"DRIVER=SQL Server;SERVER=db01;UID=svc;PWD={DbPassword};\"")
        .Ignores("connection-string-password", "code concatenating the password", "var cs = \"Server=db;Database=shop;User Id=\" + user + \"; Password = \" + password + \";\";")
        .Ignores("connection-string-password", "code after a semicolon on the same line", "var host = \"db\"; password = GetPassword(user, database);")
        .Ignores("connection-string-password", "a weak password for the local server, spaced", "\"Server = localhost; Database = shop; Uid = root; Pwd = 'root12';\"")
        .Ignores("connection-string-password", "an analyzer test's markup", "var test = AnalyzerTest.ForMembers(\"string Db = \\\"Server=db;Password={|#0:@@|};\\\";\", Password);")
        .FindsIn("connection-string-password", "a password made of words", $"Server=db.contoso.net;Database=shop;User Id=shop;Password={WordsPassword};", WordsPassword);
}
