using MigrationFeeds.ParseWorker;

return await WorkerLoop.RunAsync().ConfigureAwait(false);
