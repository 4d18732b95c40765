"""What every room of the window shares: the task runner, worker threads, list tables,
dialog parts, plain error words."""
