// Silences the AWS SDK's notice about Node.js 20 in test output; Lambda runs Node.js 24.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
