#!/usr/bin/env node
// The CDK app (cdk.json runs it with tsx): the skill stack, checked by cdk-nag. Settings: see cdk/lib/config.ts.
import { runSkillApp } from '../lib/skill-app';

runSkillApp();
