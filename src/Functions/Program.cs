using MigrationFeeds.Functions.Hosting;

var app = HandlerApp.Build(args);
await app.RunAsync().ConfigureAwait(false);
