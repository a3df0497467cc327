package dev.lockstep.graphql.internal.datasource;

import dev.lockstep.graphql.DataSource;

/** Builds the invoker of each kind of data source. */
public final class DataSourceInvokers {

    private DataSourceInvokers() {}

    public static DataSourceInvoker create(DataSource dataSource) {
        if (dataSource instanceof DataSource.None) {
            return new NoneInvoker();
        }
        if (dataSource instanceof DataSource.Lambda lambda) {
            return new LambdaInvoker(lambda.handler(), lambda.functionArn(), lambda.client());
        }
        if (dataSource instanceof DataSource.DynamoDb dynamoDb) {
            return new DynamoDbInvoker(dynamoDb.tableName(), dynamoDb.client());
        }
        if (dataSource instanceof DataSource.Http http) {
            return new HttpInvoker(http.endpoint());
        }
        if (dataSource instanceof DataSource.StepFunctions stepFunctions) {
            return new StepFunctionsInvoker(stepFunctions.engine());
        }
        throw new IllegalArgumentException("Unknown data source " + dataSource);
    }
}
